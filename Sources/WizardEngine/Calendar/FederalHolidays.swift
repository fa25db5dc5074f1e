/// The U.S. federal holidays on which the courts (and the mail the activation letter travels by)
/// do not work, as the days they are observed.
///
/// Only the days off matter for counting business days, so every fixed-date holiday is reported
/// on its observed day: a Saturday holiday moves to the Friday before, a Sunday one to the Monday
/// after. That can move New Year's Day into the previous year (January 1, 2022 was a Saturday and
/// was observed on Friday, December 31, 2021), so a year's list is "the observed days that fall in
/// that year", not "the holidays named for that year". Juneteenth counts from 2021, the year it
/// became a holiday; inauguration days, which only some offices take, do not count.
public enum FederalHolidays {
    /// The observed federal holidays that fall in `year`, in calendar order.
    public static func observed(in year: Int) -> [CivilDate] {
        holidays(fallingIn: year).map(\.date)
    }

    /// Whether `date` is a day off for a federal holiday.
    public static func isHoliday(_ date: CivilDate) -> Bool {
        name(of: date) != nil
    }

    /// The holiday observed on `date` ("Labor Day"), or nil on an ordinary day.
    public static func name(of date: CivilDate) -> String? {
        holidays(fallingIn: date.year).first { $0.date == date }?.name
    }

    /// The observed holidays of a calendar year together with their names, in calendar order.
    private static func holidays(fallingIn year: Int) -> [(date: CivilDate, name: String)] {
        guard CivilDate.supportedYears.contains(year) else { return [] }
        var found = holidays(namedFor: year).filter { $0.date.year == year }
        // Next year's New Year's Day, when it is a Saturday, is a day off this December 31.
        if year < CivilDate.supportedYears.upperBound {
            found += holidays(namedFor: year + 1).filter { $0.date.year == year }
        }
        return found
    }

    /// The holidays that belong to `year`, each on the day it is observed (which for New Year's
    /// Day may be in the year before).
    private static func holidays(namedFor year: Int) -> [(date: CivilDate, name: String)] {
        var list: [(date: CivilDate, name: String)] = [
            (fixed(year, 1, 1), "New Year's Day"),
            (nth(3, .monday, of: 1, in: year), "Martin Luther King Jr. Day"),
            (nth(3, .monday, of: 2, in: year), "Washington's Birthday"),
            (last(.monday, of: 5, in: year), "Memorial Day"),
        ]
        if year >= 2021 {
            list.append((fixed(year, 6, 19), "Juneteenth National Independence Day"))
        }
        list += [
            (fixed(year, 7, 4), "Independence Day"),
            (nth(1, .monday, of: 9, in: year), "Labor Day"),
            (nth(2, .monday, of: 10, in: year), "Columbus Day"),
            (fixed(year, 11, 11), "Veterans Day"),
            (nth(4, .thursday, of: 11, in: year), "Thanksgiving Day"),
            (fixed(year, 12, 25), "Christmas Day"),
        ]
        return list
    }

    /// A fixed-date holiday moved off the weekend to the day it is observed.
    private static func fixed(_ year: Int, _ month: Int, _ day: Int) -> CivilDate {
        let date = CivilDate(unchecked: year, month, day)
        switch date.weekday {
        case .saturday: return date.adding(days: -1)
        case .sunday: return date.adding(days: 1)
        default: return date
        }
    }

    /// The `ordinal`-th given weekday of a month, such as the third Monday of January.
    private static func nth(_ ordinal: Int, _ weekday: Weekday, of month: Int, in year: Int) -> CivilDate {
        let first = CivilDate(unchecked: year, month, 1)
        let daysToFirstMatch = (weekday.rawValue - first.weekday.rawValue + 7) % 7
        return first.adding(days: daysToFirstMatch + 7 * (ordinal - 1))
    }

    /// The last given weekday of a month, such as the last Monday of May.
    private static func last(_ weekday: Weekday, of month: Int, in year: Int) -> CivilDate {
        let lastDay = CivilDate(unchecked: year, month, CivilDate.daysInMonth(year: year, month: month))
        let daysBackToMatch = (lastDay.weekday.rawValue - weekday.rawValue + 7) % 7
        return lastDay.adding(days: -daysBackToMatch)
    }
}

private extension CivilDate {
    /// A date the holiday rules know to exist; the rules only name real days of supported years.
    init(unchecked year: Int, _ month: Int, _ day: Int) {
        guard let date = CivilDate(year: year, month: month, day: day) else {
            preconditionFailure("holiday rule produced \(year)-\(month)-\(day)")
        }
        self = date
    }
}
