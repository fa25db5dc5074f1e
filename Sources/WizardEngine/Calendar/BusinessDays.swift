/// Counting days the way an office promises them: "within 7 to 10 business days".
///
/// A business day is a weekday that is not an observed federal holiday. The day something happens
/// on is not counted, so one business day after a Friday is the following Monday.
public enum BusinessDays {
    /// Whether offices (and the mail the activation letter travels by) work on `date`.
    public static func isBusinessDay(_ date: CivilDate) -> Bool {
        !date.weekday.isWeekend && !FederalHolidays.isHoliday(date)
    }

    /// The date `count` business days after `start`, not counting `start` itself.
    ///
    /// A count of zero returns `start` unchanged, whatever day it is; a negative count steps
    /// backwards the same way, to the business day that many working days earlier.
    public static func adding(_ count: Int, to start: CivilDate) -> CivilDate {
        let step = count < 0 ? -1 : 1
        var date = start
        var remaining = abs(count)
        while remaining > 0 {
            date = date.adding(days: step)
            if isBusinessDay(date) { remaining -= 1 }
        }
        return date
    }
}
