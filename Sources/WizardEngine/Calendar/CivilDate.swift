/// A calendar day with no time and no time zone: the date a court or a user writes on a form.
///
/// Registration dates, dates of birth and the mail window are all whole days, and the engine may
/// not read a clock, so dates are plain values counted in the proleptic Gregorian calendar. Every
/// value is a real day between the years 1 and 9999 (the years four digits can write): the only
/// ways to make one check it.
public struct CivilDate: Hashable, Sendable {
    public let year: Int
    /// 1 for January through 12 for December.
    public let month: Int
    /// 1 through the length of the month.
    public let day: Int

    /// The years a date may fall in: those a four-digit year field can hold.
    public static let supportedYears = 1...9999

    /// Checks the parts and returns nil for a day that does not exist, such as February 30.
    public init?(year: Int, month: Int, day: Int) {
        guard Self.isValid(year: year, month: month, day: day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// The day a number of days after (or, when negative, before) January 1, 1970.
    ///
    /// Traps when the result falls outside `supportedYears`, as integer overflow does: no date the
    /// simulator works with comes anywhere near those bounds.
    public init(daysSince1970 days: Int) {
        // Howard Hinnant's civil_from_days: count in 400-year eras starting on March 1, so that
        // the leap day is the last day of each shifted year and month lengths follow a formula.
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        precondition(Self.supportedYears.contains(year), "date outside the years 1-9999")
        self.year = year
        self.month = month
        self.day = day
    }

    /// Whether the three parts name a day that exists.
    public static func isValid(year: Int, month: Int, day: Int) -> Bool {
        guard supportedYears.contains(year), (1...12).contains(month) else { return false }
        return (1...daysInMonth(year: year, month: month)).contains(day)
    }

    /// Gregorian leap years: every fourth year, except centuries not divisible by 400.
    public static func isLeapYear(_ year: Int) -> Bool {
        year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
    }

    /// The length of a month (1–12) in a given year.
    public static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 2: isLeapYear(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Days since January 1, 1970 (negative before it): the form in which dates are compared,
    /// subtracted and stepped through.
    public var daysSince1970: Int {
        // Howard Hinnant's days_from_civil, the inverse of `init(daysSince1970:)`.
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
        let yearOfEra = shiftedYear - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The date a number of calendar days later (earlier when negative).
    public func adding(days: Int) -> CivilDate {
        CivilDate(daysSince1970: daysSince1970 + days)
    }

    /// The day of the week. January 1, 1970 was a Thursday.
    public var weekday: Weekday {
        let sinceThursday = daysSince1970 % 7
        let fromSunday = (sinceThursday + 4 + 7) % 7
        // The raw values 0...6 cover every remainder, so this never falls back.
        return Weekday(rawValue: fromSunday) ?? .sunday
    }

    /// English month names, January first, for written dates and month pickers.
    public static let monthNames = [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ]

    /// The English name of this date's month.
    public var monthName: String { Self.monthNames[month - 1] }
}

extension CivilDate: Comparable {
    public static func < (lhs: CivilDate, rhs: CivilDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }
}

// MARK: - Reading and writing dates

extension CivilDate {
    /// Reads the ISO 8601 form `YYYY-MM-DD` used in scenario files, and nothing looser.
    public static func parseISO(_ text: String) -> CivilDate? {
        let parts = numericParts(of: text, separator: "-", widths: [4, 2, 2])
        guard let parts else { return nil }
        return CivilDate(year: parts[0], month: parts[1], day: parts[2])
    }

    /// Reads the U.S. form `MM/DD/YYYY` that PACER's date fields ask for: exactly two digits of
    /// month, two of day and four of year, and a day that exists (02/30/2021 is refused).
    public static func parseUS(_ text: String) -> CivilDate? {
        let parts = numericParts(of: text, separator: "/", widths: [2, 2, 4])
        guard let parts else { return nil }
        return CivilDate(year: parts[2], month: parts[0], day: parts[1])
    }

    /// `2021-09-20`.
    public var iso: String {
        "\(Self.padded(year, to: 4))-\(Self.padded(month, to: 2))-\(Self.padded(day, to: 2))"
    }

    /// `09/20/2021`.
    public var usNumeric: String {
        "\(Self.padded(month, to: 2))/\(Self.padded(day, to: 2))/\(Self.padded(year, to: 4))"
    }

    /// `Monday, September 20, 2021`: how the simulator says a date in a sentence.
    public var long: String {
        "\(weekday.name), \(monthName) \(day), \(year)"
    }

    /// Splits `text` at `separator` into groups of ASCII digits of exactly the given widths.
    private static func numericParts(of text: String, separator: Character, widths: [Int]) -> [Int]? {
        let groups = text.split(separator: separator, omittingEmptySubsequences: false)
        guard groups.count == widths.count else { return nil }
        var numbers: [Int] = []
        for (group, width) in zip(groups, widths) {
            guard group.count == width, group.allSatisfy({ $0.isASCII && $0.isNumber }),
                  let number = Int(group)
            else { return nil }
            numbers.append(number)
        }
        return numbers
    }

    /// Writes a non-negative number with leading zeros up to `width` digits.
    private static func padded(_ number: Int, to width: Int) -> String {
        let digits = String(number)
        return String(copies: max(0, width - digits.count), of: "0") + digits
    }
}

extension CivilDate: CustomStringConvertible {
    /// The ISO form, so that test failures and logs show dates unambiguously.
    public var description: String { iso }
}
