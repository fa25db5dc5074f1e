/// An e-filing account at one court's CM/ECF, from before NextGen: what linking connects to a
/// PACER account.
public struct CMECFAccount: Hashable, Sendable {
    /// The court's short id, as in the court profile (e.g. "mad").
    public var court: String
    public var username: String
    public var password: String
    public var name: String
    public var email: String
    public var barNumber: String
    /// The PACER account number it is linked to; once linked, its own login is retired.
    public var linkedTo: String?

    public init(court: String, username: String, password: String, name: String, email: String = "",
                barNumber: String = "", linkedTo: String? = nil) {
        self.court = court
        self.username = username
        self.password = password
        self.name = name
        self.email = email
        self.barNumber = barNumber
        self.linkedTo = linkedTo
    }

    public var isRetired: Bool { linkedTo != nil }
}
