import WizardEngine

/// The ids of journey R's pages, one per step of the court notice.
enum RegisterPages {
    static let home: PageID = "register.home"
    static let homeMenu: PageID = "register.menu"
    static let accountKinds: PageID = "register.kinds"
    static let form: PageID = "register.form"
    static let security: PageID = "register.security"
    static let payment: PageID = "register.payment"
    static let policies: PageID = "register.policies"
    static let duplicate: PageID = "register.duplicate"
    static let created: PageID = "register.created"
    static let questions: PageID = "register.questions"
}
