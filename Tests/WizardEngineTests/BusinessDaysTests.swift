import Testing
import WizardEngine

/// A date the test knows to be real; records an issue (instead of crashing the run) if it is not.
private func date(_ year: Int, _ month: Int, _ day: Int) -> CivilDate {
    guard let date = CivilDate(year: year, month: month, day: day) else {
        Issue.record("\(year)-\(month)-\(day) should be a valid date")
        return CivilDate(daysSince1970: 0)
    }
    return date
}

@Suite struct BusinessDaysTests {
    @Test func weekendsAndHolidaysAreNotBusinessDays() {
        #expect(BusinessDays.isBusinessDay(date(2021, 9, 7)))
        #expect(!BusinessDays.isBusinessDay(date(2021, 9, 4)), "Saturday")
        #expect(!BusinessDays.isBusinessDay(date(2021, 9, 5)), "Sunday")
        #expect(!BusinessDays.isBusinessDay(date(2021, 9, 6)), "Labor Day")
    }

    @Test func countingSkipsTheWeekendAndNotTheStartDay() {
        #expect(BusinessDays.adding(1, to: date(2021, 8, 6)) == date(2021, 8, 9))
        #expect(BusinessDays.adding(5, to: date(2021, 8, 7)) == date(2021, 8, 13))
        #expect(BusinessDays.adding(0, to: date(2021, 8, 7)) == date(2021, 8, 7))
        #expect(BusinessDays.adding(-1, to: date(2021, 9, 7)) == date(2021, 9, 3), "back over Labor Day")
    }

    @Test func letterWindowAcrossAWeekend() {
        // Fri 8/6: Mon 9 (1) ... Fri 13 (5), Mon 16 (6), Tue 17 (7), ... Fri 20 (10).
        let window = MailWindow.activationLetter(registeredOn: date(2021, 8, 6))
        #expect(window == MailWindow(earliest: date(2021, 8, 17), latest: date(2021, 8, 20)))
    }

    @Test func letterWindowAcrossLaborDay2021() {
        // Wed 9/1: Thu 2 (1), Fri 3 (2), Sat-Sun, Mon 6 Labor Day, Tue 7 (3), Wed 8 (4), Thu 9 (5),
        // Fri 10 (6), Mon 13 (7), Tue 14 (8), Wed 15 (9), Thu 16 (10).
        let window = MailWindow.activationLetter(registeredOn: date(2021, 9, 1))
        #expect(window.earliest == date(2021, 9, 13))
        #expect(window.latest == date(2021, 9, 16))
        #expect(window.earliest.long == "Monday, September 13, 2021")
    }

    @Test func letterWindowAcrossThanksgiving2021() {
        // Mon 11/22: Tue 23 (1), Wed 24 (2), Thu 25 Thanksgiving, Fri 26 (3), Mon 29 (4), Tue 30 (5),
        // Wed 12/1 (6), Thu 2 (7), Fri 3 (8), Mon 6 (9), Tue 7 (10).
        let window = MailWindow.activationLetter(registeredOn: date(2021, 11, 22))
        #expect(window == MailWindow(earliest: date(2021, 12, 2), latest: date(2021, 12, 7)))
    }

    @Test func letterWindowAcrossChristmasAndNewYear2021() {
        // Fri 12/17: Mon 20 (1) ... Thu 23 (4), Fri 24 Christmas observed, Mon 27 (5), Tue 28 (6),
        // Wed 29 (7), Thu 30 (8), Fri 31 New Year's Day observed, Mon 1/3 (9), Tue 1/4 (10).
        let window = MailWindow.activationLetter(registeredOn: date(2021, 12, 17))
        #expect(window == MailWindow(earliest: date(2021, 12, 29), latest: date(2022, 1, 4)))
    }

    @Test func registeringOnAHolidayCountsFromTheNextBusinessDay() {
        // Mon 9/6 Labor Day: Tue 7 (1) ... Fri 10 (4), Mon 13 (5) ... Wed 15 (7), ... Mon 20 (10).
        let window = MailWindow.activationLetter(registeredOn: date(2021, 9, 6))
        #expect(window == MailWindow(earliest: date(2021, 9, 15), latest: date(2021, 9, 20)))
    }
}
