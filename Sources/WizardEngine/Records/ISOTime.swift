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
              let date = CivilDate(year: year, month: month, day: day), hour < 24, minute < 60, second < 61 else { return nil }
        return date.daysSince1970 * 86_400 + hour * 3600 + minute * 60 + second
    }

    /// Milliseconds since the epoch as "YYYY-MM-DDTHH:MM:SS.mmmZ".
    public static func format(milliseconds: Int) -> String {
        let seconds = milliseconds / 1000
        let date = CivilDate(daysSince1970: seconds / 86_400)
        let inDay = seconds % 86_400
        return "\(pad(date.year, 4))-\(pad(date.month, 2))-\(pad(date.day, 2))T\(pad(inDay / 3600, 2)):\(pad(inDay / 60 % 60, 2)):\(pad(inDay % 60, 2)).\(pad(milliseconds % 1000, 3))Z"
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
        return String(copies: max(0, width - text.count), of: "0") + text
    }
}
