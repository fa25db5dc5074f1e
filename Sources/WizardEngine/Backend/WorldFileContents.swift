/// What a world file declares. A file with only a `[court]` section is a court file.
public struct WorldFileContents: Equatable, Sendable {
    public var court: CourtProfile?
    /// A simulated day the file asks for, if any (`--today` still wins).
    public var today: CivilDate?
    public var accounts: [PACERAccount] = []
    public var cmecfAccounts: [CMECFAccount] = []

    public init() {}

    /// Whether the file lists any accounts (a court file lists none).
    public var declaresAccounts: Bool { !accounts.isEmpty || !cmecfAccounts.isEmpty }
}
