import WizardEngine

/// Step 3: Manage My Account. The account number above the username, the Account Type with an
/// Upgrade link on a legacy account, and the four tabs of tools, which this rehearsal only names.
enum ManageAccountPage {
    typealias F = UpgradeFields

    static let settings = "Settings"
    static let maintenance = "Maintenance"
    static let payments = "Payments"
    static let usage = "Usage"
    static let tabTitles = [settings, maintenance, payments, usage]

    /// One tool of a tab: its id suffix, its title on the page and what it is for.
    struct Tool {
        let key: String
        let title: String
        let purpose: String
    }

    static let tools: [(tab: String, tools: [Tool])] = [
        (settings, [
            Tool(key: "changeUsername", title: "Change Username", purpose: "picks a new username for the account"),
            Tool(key: "changePassword", title: "Change Password", purpose: "sets a new password"),
            Tool(key: "securityInformation", title: "Set Security Information",
                 purpose: "changes the security questions and answers that a password reset asks for"),
            Tool(key: "billingEmail", title: "Update PACER Billing Email", purpose: "changes where bills and receipts are emailed"),
            Tool(key: "billingPreferences", title: "Set PACER Billing Preferences",
                 purpose: "chooses how bills are paid, e.g. charged to a stored card"),
            Tool(key: "removeFromPAA", title: "Remove Your PACER Account from a PAA",
                 purpose: "takes the account out of a firm's billing account (case search then stops until reactivated)"),
        ]),
        (maintenance, [
            Tool(key: "personalInformation", title: "Update Personal Information",
                 purpose: "corrects the name and contact details (never the date of birth)"),
            Tool(key: "addressInformation", title: "Update Address Information", purpose: "changes the mailing address"),
            Tool(key: "eFilerNoticing", title: "Update E-Filer Email Noticing and Frequency",
                 purpose: "sets where and how often a filer's court notices are emailed"),
            Tool(key: "registeredCourts", title: "Display Registered Courts", purpose: "lists the courts where the account may e-file"),
            Tool(key: "attorneyEFile", title: "Attorney Admissions/E-File Registration",
                 purpose: "asks a court for admission or e-filing rights as an attorney"),
            Tool(key: "nonAttorneyEFile", title: "Non-Attorney E-File Registration",
                 purpose: "asks a court for e-filing rights in another role in court, such as a pro se filer or a trustee"),
            Tool(key: "eFileStatus", title: "Check E-File Status", purpose: "shows whether the courts have approved e-filing requests"),
            Tool(key: "eFileHistory", title: "E-File Registration/Maintenance History", purpose: "lists past e-filing requests and changes"),
        ]),
        (payments, [
            Tool(key: "oneTimePayment", title: "Make One-Time PACER Fee Payment", purpose: "pays the PACER balance now"),
            Tool(key: "storedPayment", title: "Manage My Stored Payment Information",
                 purpose: "keeps a card or bank account on file for paying bills"),
        ]),
        (usage, [
            Tool(key: "quarterlyInvoice", title: "View Quarterly Invoice/Statement of Account", purpose: "shows each quarter's bill"),
            Tool(key: "detailedTransactions", title: "View Detailed Transactions", purpose: "lists every search and page charged"),
        ]),
    ]

    /// Tabs whose tools a legacy account cannot use until it is upgraded (it can only pay and
    /// look at its usage).
    static let upgradeFirstTabs = [settings, maintenance]

    /// Said on the status line (short enough to fit beside Back); F1 on the link says what the
    /// tool is for.
    static let upgradeFirst = "A legacy account must be upgraded first: click Upgrade."
    static let notRehearsed = "Not part of this rehearsal: F1 says what this tool does."

    /// The link of one tool. On a legacy account Settings and Maintenance ask for the upgrade
    /// first; otherwise the tool is not part of this rehearsal.
    static func links(_ tool: Tool, on tab: String) -> [Block] {
        let onTab = Condition.equals(F.manageTab, tab)
        let help = "\(tool.title) \(tool.purpose)."
        let rehearsalOnly = Block.field(
            Field(FieldID("upgrade.manage.\(tool.key)"), tool.title, .link(.notThisOne(notRehearsed)),
                  help: help + " It is not part of this rehearsal."),
            when: upgradeFirstTabs.contains(tab) ? .all([onTab, .account(.upgraded)]) : .all([onTab, signedIn]))
        guard upgradeFirstTabs.contains(tab) else { return [rehearsalOnly] }
        let legacy = Block.field(
            Field(FieldID("upgrade.manage.\(tool.key).legacy"), tool.title, .link(.notThisOne(upgradeFirst)),
                  help: help + " A legacy account can only pay and look at its usage until it is upgraded."),
            when: .all([onTab, .account(.legacy)]))
        return [legacy, rehearsalOnly]
    }

    static let signedIn = Condition.account(.anyone)

    static let page = Page(
        id: UpgradePages.manage, step: 3, title: "Manage My Account",
        address: UpgradePages.manageAddress, menuBar: UpgradePages.accountMenuBar,
        instruction: "Look at Account Type. Legacy PACER Account: click the Upgrade link. Upgraded PACER Account: no action is required.",
        blocks: [
            .text("You are logged out, so the account is not shown. Log in again to see it.", .note, when: .not(signedIn)),
            .field(Field(F.loginAgain, "Manage My Account Login", .link(.goTo(UpgradePages.login))), when: .not(signedIn)),
            .text("Account Number: {account.number}\nUsername: {account.username}\nCase Search Status: {account.caseSearch}\nAccount Type: {account.type}",
                  when: signedIn),
            .field(Field(F.upgradeLink, "Upgrade", .link(.goTo(UpgradePages.person))), when: .account(.legacy)),
            .text("This account dates from before August 11, 2014: upgrade it before using NextGen CM/ECF. Until then it can only pay and look at its usage.",
                  .warning, when: .account(.legacy)),
            .text("This account is already upgraded: no action is required.", .success, when: .account(.upgraded)),
            .field(Field(F.manageTab, "Account tools", .tabStrip(tabTitles),
                         help: "Left and Right switch between the Settings, Maintenance, Payments and Usage tabs."),
                   when: signedIn),
        ] + tools.flatMap { tab, tools in tools.flatMap { links($0, on: tab) } } + [
            .field(Field(F.viewRequests, "View All My Requests", .link(.notThisOne(notRehearsed)),
                         help: "Lists the requests made from this account (e-filing registrations and the like) and where each stands. It is not part of this rehearsal."),
                   when: signedIn),
            .field(Field(F.logOut, "Log Out", .link(.run(.signOut, then: UpgradePages.questions))), when: signedIn),
        ],
        next: nil,
        chooseALinkMessage: "Choose a link: Upgrade on a legacy account, or Log Out when you are done.",
        hint: "On a legacy account the Upgrade link is right under Account Type. The tabs (← → on the strip) only name the account's other tools. Log Out ends step 3.",
        helpDesk: "Ask the caller to read out Account Type: \"Legacy PACER Account\" needs the Upgrade link; \"Upgraded PACER Account\" needs nothing.",
        mistakes: [
            "Settings or Maintenance tools on a legacy account: they ask for the upgrade first; the Upgrade link sits right under Account Type.",
            "Looking for Upgrade on an upgraded account: \"Upgraded PACER Account\" means nothing is left to do here.",
        ]
    )
}
