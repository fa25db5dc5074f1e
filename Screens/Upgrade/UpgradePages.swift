import WizardEngine

/// The ids of journey U's pages, the addresses they show and the chrome they share.
///
/// Every id starts with `upgrade.`: answers are kept for the whole run across journeys, so they
/// must not collide with journey R's.
enum UpgradePages {
    static let home: PageID = "upgrade.home"
    static let menu: PageID = "upgrade.menu"
    static let accountMenu: PageID = "upgrade.accountMenu"
    static let login: PageID = "upgrade.login"
    static let manage: PageID = "upgrade.manage"
    static let person: PageID = "upgrade.person"
    static let address: PageID = "upgrade.address"
    static let security: PageID = "upgrade.security"
    static let complete: PageID = "upgrade.complete"
    static let questions: PageID = "upgrade.questions"

    /// The Central Sign-On login that Manage My Account Login opens.
    static let loginAddress = "pacer.login.uscourts.gov/csologin/login.jsf"
    static let manageAddress = "pacer.psc.uscourts.gov/pscof/manage/maint.jsf"
    static let upgradeAddress = "pacer.psc.uscourts.gov/pscof/manage/upgrade.jsf"

    /// The site's menu bar as journey U uses it: My Account & Billing leads on.
    static let menuBar = PACERSite.menuBar(leadsTo: [PACERSite.accountItem: accountMenu])
    /// The bar on the account pages, with My Account & Billing as the current section.
    static let accountMenuBar = menuBar.with(current: PACERSite.accountItem)

    /// The Upgrade PACER Account page's three tabs, one mock page each.
    static let tabs = TabGroup([.init("Person", person), .init("Address", address), .init("Security", security)])
}
