/// The court whose NextGen CM/ECF move is being rehearsed.
public struct CourtProfile: Hashable, Sendable {
    public let name: String
    public let divisions: [String]
    /// The day the court moved to NextGen CM/ECF; linking is possible from then on.
    public let goLive: CivilDate

    public init(name: String, divisions: [String], goLive: CivilDate) {
        self.name = name
        self.divisions = divisions
        self.goLive = goLive
    }

    /// The court of the notice this project rehearses.
    public static let massachusetts = CourtProfile(
        name: "United States District Court for the District of Massachusetts",
        divisions: ["Boston", "Springfield", "Worcester"],
        goLive: CivilDate(year: 2021, month: 9, day: 20)!
    )
}
