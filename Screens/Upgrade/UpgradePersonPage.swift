import WizardEngine

/// Step 4, Person tab: the name and email PACER already has, to check; the date of birth and the
/// User Type, to add.
enum UpgradePersonPage {
    typealias F = UpgradeFields

    static let page = Page(
        id: UpgradePages.person, step: 4, title: "Upgrade PACER Account",
        address: UpgradePages.upgradeAddress, menuBar: UpgradePages.accountMenuBar,
        instruction: "Person tab: check the details PACER already has and correct them if needed, enter your date of birth and pick a User Type. Then click Next.",
        blocks: [
            .field(Field(F.firstName, "First Name", .text(maxLength: 40), required: true, rules: [.personName],
                         help: "Filled in from the account. Correct it if it is wrong.",
                         default: "{account.firstName}")),
            .field(Field(F.middleName, "Middle Name", .text(maxLength: 40), rules: [.personName])),
            .field(Field(F.lastName, "Last Name", .text(maxLength: 40), required: true, rules: [.personName],
                         default: "{account.lastName}")),
            .field(Field(F.dateOfBirth, "Date of Birth", .text(maxLength: 10, width: 10, placeholder: "MM/DD/YYYY", sensitivity: .privateValue),
                         required: true, rules: [.dateOfBirth], note: "cannot be changed later",
                         help: "Legacy accounts never asked for it. PACER uses it to confirm who you are when you reset a password, and it can never be changed afterwards. In this rehearsal, invent one.")),
            .field(Field(F.userType, "User Type", .choice(.fixed(UserTypes.options), placeholder: "Select User Type"),
                         required: true, help: "Choose the type that best describes you or your organisation, if none is chosen yet. PACER uses it only for statistics.",
                         default: "{account.userType}")),
            .field(Field(F.email, "Email", .text(maxLength: 80), required: true, rules: [.email],
                         help: "PACER writes to this address about the account.",
                         default: "{account.email}")),
            .text("The User Type is used for statistics only; pick the one closest to you (attorneys: Attorney; others: Individual).", .note),
        ],
        next: UpgradePages.address,
        hint: "Only Date of Birth starts empty: type it as MM/DD/YYYY (invent one). The tabs above can be chosen too, but Submit checks every tab.",
        helpDesk: "Remind the caller the date of birth can never be changed afterwards, and that User Type is for statistics only.",
        mistakes: [
            "A wrong date of birth: legacy accounts never had one, and once saved it can never be changed, so read it back before Next.",
            "Stuck on User Type: it is for statistics only; Attorney for attorneys, otherwise the closest type.",
        ],
        tabs: UpgradePages.tabs
    )
}
