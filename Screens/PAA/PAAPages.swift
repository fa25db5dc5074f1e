import WizardEngine

/// The ids of journey P's pages.
enum PAAPages {
    static let about: PageID = "paa.about"
    static let register: PageID = "paa.register"
    static let created: PageID = "paa.created"
    static let login: PageID = "paa.login"
    static let maintenance: PageID = "paa.maintenance"
    static let add: PageID = "paa.add"
    static let pending: PageID = "paa.pending"
}
