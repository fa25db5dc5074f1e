import WizardEngine

/// The ids of journey L's pages: the link itself, then the e-filing request for people who have
/// no CM/ECF account at the court.
enum LinkPages {
    static let login: PageID = "link.login"
    static let redaction: PageID = "link.redaction"
    static let main: PageID = "link.main"
    static let utilities: PageID = "link.utilities"
    static let oldLogin: PageID = "link.oldLogin"
    static let details: PageID = "link.details"
    static let done: PageID = "link.done"

    static let eFileMenu: PageID = "link.efile.menu"
    static let eFileCourt: PageID = "link.efile.court"
    static let eFileBar: PageID = "link.efile.bar"
    static let eFilePayment: PageID = "link.efile.payment"
    static let eFileTerms: PageID = "link.efile.terms"
    static let eFilePending: PageID = "link.efile.pending"
}
