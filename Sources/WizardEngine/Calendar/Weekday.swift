/// A day of the week, numbered from Sunday as U.S. calendars print it.
///
/// Business-day counting only needs to know Saturday and Sunday apart from the rest, but the
/// simulator also says dates out loud ("Monday, September 13, 2021"), so each day carries its name.
public enum Weekday: Int, CaseIterable, Hashable, Sendable {
    case sunday = 0
    case monday
    case tuesday
    case wednesday
    case thursday
    case friday
    case saturday

    /// The English name, capitalised, as it appears in a written date.
    public var name: String {
        switch self {
        case .sunday: "Sunday"
        case .monday: "Monday"
        case .tuesday: "Tuesday"
        case .wednesday: "Wednesday"
        case .thursday: "Thursday"
        case .friday: "Friday"
        case .saturday: "Saturday"
        }
    }

    /// Saturday and Sunday: the days the courts' mail rooms and help desks are closed.
    public var isWeekend: Bool { self == .saturday || self == .sunday }
}
