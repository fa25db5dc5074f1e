/// Counting days the way an office promises them: "within 7 to 10 business days".
///
/// A business day is a weekday that is not an observed federal holiday. The day something happens
/// on is not counted, so one business day after a Friday is the following Monday.
public enum BusinessDays {
    /// Whether offices (and the mail the activation letter travels by) work on `date`.
    public static func isBusinessDay(_ date: CivilDate) -> Bool {
        isBusinessDay(date, holidays: FederalHolidays.observed(in: date.year))
    }

    /// `isBusinessDay` with the observed holidays of the date's year already worked out.
    private static func isBusinessDay(_ date: CivilDate, holidays: [CivilDate]) -> Bool {
        !date.weekday.isWeekend && !holidays.contains(date)
    }

    /// The date `count` business days after `start`, not counting `start` itself.
    ///
    /// A count of zero returns `start` unchanged, whatever day it is; a negative count steps
    /// backwards the same way, to the business day that many working days earlier.
    public static func adding(_ count: Int, to start: CivilDate) -> CivilDate {
        let step = count < 0 ? -1 : 1
        var date = start
        var remaining = abs(count)
        // A year's holidays are worked out once, not for every day counted (page text that names
        // the activation letter's dates is filled on every key).
        var year = (number: start.year, holidays: FederalHolidays.observed(in: start.year))
        while remaining > 0 {
            date = date.adding(days: step)
            if date.year != year.number { year = (date.year, FederalHolidays.observed(in: date.year)) }
            if isBusinessDay(date, holidays: year.holidays) { remaining -= 1 }
        }
        return date
    }
}
