/// Wall-clock times as ISO 8601 UTC text, and durations as ISO 8601 durations, without a clock:
/// the executable gives the start time, the transcript the milliseconds since.
public enum ISOTime {
    /// "2025-03-04T09:15:00Z" (or with fractional seconds) plus milliseconds, as
    /// "2025-03-04T09:15:01.250Z"; nil when the text is not such a time.
    public static func adding(_ milliseconds: Int, to text: String) -> String? {
        guard let start = secondsSinceEpoch(text) else { return nil }
        return format(milliseconds: start * 1000 + milliseconds)
    }

    /// Whole seconds since 1970-01-01T00:00:00Z.
    public static func secondsSinceEpoch(_ text: String) -> Int? {
        let digits = text.unicodeScalars.map { $0 }
        guard digits.count >= 20, text.hasSuffix("Z") else { return nil }
        func number(_ from: Int, _ count: Int) -> Int? {
            var value = 0
            for scalar in digits[from..<from + count] {
                guard ("0"..."9").contains(scalar) else { return nil }
                value = value * 10 + Int(scalar.value - 48)
            }
            return value
        }
        guard let year = number(0, 4), let month = number(5, 2), let day = number(8, 2),
              let hour = number(11, 2), let minute = number(14, 2), let second = number(17, 2),
              (1...12).contains(month), (1...31).contains(day), hour < 24, minute < 60, second < 61 else { return nil }
        return days(year: year, month: month, day: day) * 86_400 + hour * 3600 + minute * 60 + second
    }

    /// Milliseconds since the epoch as "YYYY-MM-DDTHH:MM:SS.mmmZ".
    public static func format(milliseconds: Int) -> String {
        let seconds = milliseconds / 1000
        let (year, month, day) = civil(days: seconds / 86_400)
        let inDay = seconds % 86_400
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))T\(pad(inDay / 3600, 2)):\(pad(inDay / 60 % 60, 2)):\(pad(inDay % 60, 2)).\(pad(milliseconds % 1000, 3))Z"
    }

    /// Whole seconds since the epoch as "YYYY-MM-DDTHH:MM:SSZ" (what the executable writes).
    public static func format(seconds: Int) -> String {
        let text = format(milliseconds: seconds * 1000)
        return String(text.prefix(19)) + "Z"
    }

    /// An ISO 8601 duration to the hundredth of a second, as xAPI asks: "PT83.25S".
    public static func duration(milliseconds: Int) -> String {
        let hundredths = max(0, milliseconds) / 10
        return "PT\(hundredths / 100).\(pad(hundredths % 100, 2))S"
    }

    static func pad(_ number: Int, _ width: Int) -> String {
        let text = String(number)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
    static func days(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    static func civil(days: Int) -> (Int, Int, Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
