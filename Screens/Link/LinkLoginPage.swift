import WizardEngine

/// Step 1: the court's NextGen CM/ECF login, with the upgraded PACER account (Central Sign-On).
/// Before the go-live date the page says when linking opens and what to prepare; the login is
/// still there, and the back end refuses it with the date.
enum LinkLoginPage {
    static let page = Page(
        id: LinkPages.login, step: 1, title: "NextGen CM/ECF Login",
        address: CMECFSite.address, menuBar: CMECFSite.unlinked,
        instruction: "Open the court's CM/ECF site and log in with your upgraded PACER username and password.",
        blocks: [
            .text("Too early: the {court} moves to NextGen CM/ECF on {goLive}, and today is {today}. The link can only be made from that day on, so this login is refused until then.",
                  .warning, when: .beforeGoLive),
            .text("The court is on NextGen: your PACER login is now your CM/ECF login too (Central Sign-On), at every NextGen court where you may file.",
                  when: .not(.beforeGoLive)),
            .field(Field(LinkFields.username, "PACER Username", .text(maxLength: 40), required: true,
                         help: "The PACER username, not the old CM/ECF one. Upgraded usernames have at least 8 characters.")),
            .field(Field(LinkFields.password, "Password", .secret(maxLength: 45), required: true,
                         help: "The PACER password. Practice only: never type a real one here.")),
            .field(Field(LinkFields.clientCode, "Client Code", .text(maxLength: 32, width: 20),
                         note: "optional",
                         help: "A label for your own billing records, up to 32 characters. Leave it empty unless your firm asks for one.")),
            .heading("Get ready before {goLive}", when: .beforeGoLive),
            .text("• An upgraded PACER account of your own. One created before August 11, 2014 is a legacy account and must be upgraded first.",
                  when: .beforeGoLive),
            .text("• Your current CM/ECF username and password for this court. Try them once in the current CM/ECF; if the password is forgotten, the court resets it, not PACER.",
                  when: .beforeGoLive),
            .text("• Where to check: PACER's Manage My Account shows Account Type, \"Upgraded PACER Account\" or \"Legacy PACER Account\".",
                  when: .beforeGoLive),
            .field(Field(LinkFields.upgrade, "My PACER account is a legacy one: rehearse the upgrade",
                         .link(.startJourney("upgrade"))), when: .beforeGoLive),
            // After go-live the link would follow the last field, and Enter there would move to it
            // instead of logging in; so the way to the upgrade is said in words.
            .text("A legacy PACER account (6-character username such as lp1234) cannot log in here. Upgrade it first: rehearse that with journey U from the start page, or run pacer-prep upgrade.",
                  .note, when: .not(.beforeGoLive)),
        ],
        next: LinkPages.redaction,
        nextLabel: "Login",
        hint: "Practice login: mkowalski21 / Upgraded-2019 (upgraded, not linked yet). lp1234 / sunny2012 is a legacy account; rnguyen2020 / Linked-2020 is already linked.",
        helpDesk: "Ask which username the caller types: the PACER one (8 or more characters), not the old CM/ECF login. Before {goLive} the link cannot be made at all.",
        mistakes: [
            "The old CM/ECF login typed here: this page wants the PACER username (8 or more characters) and the PACER password.",
            "A legacy PACER account: it is refused until it is upgraded (Manage My Account, Upgrade).",
            "Trying before {goLive}: the link can only be made from the go-live date on.",
        ],
        operation: .cmecfSignIn(LoginFields(username: LinkFields.username, password: LinkFields.password))
    )
}
