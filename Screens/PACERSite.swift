import WizardEngine

/// The PACER web site's shared parts: its addresses and its menu bar, so every mock page of the
/// site carries the same chrome as the real one.
enum PACERSite {
    static let home = "pacer.uscourts.gov"
    static let registerAccount = "pacer.uscourts.gov/register-account"
    static let registration = "pacer.psc.uscourts.gov/pscof/registration/flow"
    static let contact = "pacer.uscourts.gov/contact-us"

    static let registerItem = "Register for an Account"
    static let accountItem = "My Account & Billing"

    /// What each menu item is for, said when it is not the item a step asks for.
    static let purposes: [(String, String)] = [
        ("Home", "You are on the home page already."),
        ("Find a Case", "Find a Case searches court records, and needs an account first."),
        ("File a Case", "File a Case leads to the courts' CM/ECF sites; filing needs a PACER account first."),
        (registerItem, "Register for an Account is for people who have no PACER account of their own yet."),
        (accountItem, "My Account & Billing is for people who already have an account: managing it, upgrading it, paying."),
        ("Help", "Help has guides and the Service Center's number."),
    ]

    /// The menu bar, where the items in `leadsTo` lead on and the others explain what they are
    /// for (so choosing the wrong one teaches something and counts as an attempt).
    static func menuBar(leadsTo targets: [String: PageID]) -> MenuBar {
        MenuBar(items: purposes.map { title, purpose in
            MenuBar.Item(title, targets[title].map { .goTo($0) } ?? .notThisOne(purpose))
        })
    }

    /// The menu bar as journey R uses it: registration leads on.
    static let menuBar = menuBar(leadsTo: [registerItem: RegisterPages.accountKinds])
}
