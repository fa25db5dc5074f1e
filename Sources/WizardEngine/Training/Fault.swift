/// An unhappy path a scenario (or a trainer) can switch on, with the message a caller would see.
public struct Fault: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        /// The card is declined at payment.
        case paymentDecline = "payment-decline"
        /// The registration matches an existing account.
        case duplicateAccount = "duplicate-account"
        /// The login locks after failed tries.
        case lockout
        /// The site is down for maintenance.
        case maintenance
        /// The session times out after idle simulated minutes.
        case idleTimeout = "idle-timeout"
    }

    public var kind: Kind
    /// The page where it strikes; nil for wherever it naturally applies.
    public var page: PageID?

    public init(kind: Kind, page: PageID? = nil) {
        self.kind = kind
        self.page = page
    }
}
