import WizardEngine

/// Step 3: the old CM/ECF login and password, checked before anything is linked.
enum OldLoginPage {
    static let page = Page(
        id: LinkPages.oldLogin, step: 3, title: "Link a CM/ECF account to my PACER account",
        address: CMECFSite.address, menuBar: CMECFSite.unlinked.with(current: CMECFSite.utilities),
        instruction: "Enter the CM/ECF login and password you filed with before NextGen, then click Submit.",
        blocks: [
            .text("These are the old e-filing credentials of this court, not your PACER ones. They are used once, here, and retired as soon as the link is made."),
            .field(Field(LinkFields.oldUsername, "CM/ECF login", .text(maxLength: 40), required: true,
                         help: "The username you filed with at this court. Type it in lower case.")),
            .field(Field(LinkFields.oldPassword, "CM/ECF password", .secret(maxLength: 45), required: true,
                         help: "The old CM/ECF password. If your browser filled it in for you, look it up in the browser's saved passwords; if it is forgotten, the court's CM/ECF help desk resets it.")),
            .text("Forgotten the password? PACER cannot reset it: the court's CM/ECF help desk can.", .note),
        ],
        next: LinkPages.details,
        nextLabel: "Submit",
        hint: "Practice CM/ECF login for Marta Kowalski: mkowalski / Filer-2018 (lower case).",
        helpDesk: "A refusal here is nearly always letter case (use lower case) or a forgotten password: the court resets CM/ECF passwords, the Service Center cannot.",
        mistakes: [
            "Capital letters in the CM/ECF login: type it in lower case.",
            "A password only the browser remembers: look in the browser's saved passwords; if it is forgotten, the court's CM/ECF help desk resets it, not PACER.",
            "An account already linked: linking is once per court, and the PACER login is now the CM/ECF login.",
        ],
        operation: .checkCMECFLogin(LoginFields(username: LinkFields.oldUsername, password: LinkFields.oldPassword))
    )
}
