/// The court whose NextGen CM/ECF move is being rehearsed.
public struct CourtProfile: Hashable, Sendable {
    /// A short id that CM/ECF accounts name their court by, e.g. "mad".
    public let id: String
    public let name: String
    public let divisions: [String]
    /// The day the court moved to NextGen CM/ECF; linking is possible from then on.
    public let goLive: CivilDate

    /// The address of the court's CM/ECF site, for the mock browser.
    public var cmecfAddress: String { "ecf.\(id).uscourts.gov" }

    public init(id: String, name: String, divisions: [String], goLive: CivilDate) {
        self.id = id
        self.name = name
        self.divisions = divisions
        self.goLive = goLive
    }

    /// The court of the notice this project rehearses.
    public static let massachusetts = CourtProfile(
        id: "mad",
        name: "United States District Court for the District of Massachusetts",
        divisions: ["Boston", "Springfield", "Worcester"],
        goLive: CivilDate(year: 2021, month: 9, day: 20)!
    )
}
