import WizardEngine

/// The PACER web site's shared parts: its addresses and its menu bar, so every mock page of the
/// site carries the same chrome as the real one.
enum PACERSite {
    static let home = "pacer.uscourts.gov"
    static let registerAccount = "pacer.uscourts.gov/register-account"
    static let registration = "pacer.psc.uscourts.gov/pscof/registration/flow"
    static let contact = "pacer.uscourts.gov/contact-us"

    static let registerItem = "Register for an Account"

    /// The menu bar, with what each wrong item is for (so choosing it teaches something).
    static let menuBar = MenuBar(items: [
        .init("Home", .notThisOne("You are on the home page already. Registration is another item of the menu bar.")),
        .init("Find a Case", .notThisOne("Find a Case searches court records, and needs an account first. Look for the registration item.")),
        .init("File a Case", .notThisOne("File a Case leads to the courts' CM/ECF sites; filing needs a PACER account first.")),
        .init(registerItem, .goTo(RegisterPages.accountKinds)),
        .init("My Account & Billing", .notThisOne("My Account & Billing is for people who already have an account (upgrading starts there).")),
        .init("Help", .notThisOne("Help has guides and the Service Center's number; registering is another item of the menu bar.")),
    ])
}
