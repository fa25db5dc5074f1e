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

@Suite struct CivilDateTests {
    @Test func epochIsDayZero() {
        #expect(date(1970, 1, 1).daysSince1970 == 0)
        #expect(CivilDate(daysSince1970: 0) == date(1970, 1, 1))
        #expect(date(1969, 12, 31).daysSince1970 == -1)
        #expect(date(2021, 9, 20).daysSince1970 == 18_890)
        #expect(date(2000, 3, 1).daysSince1970 == 11_017)
    }

    @Test func dayNumbersRoundTripAndStepOneDayAtATime() {
        // 1600-01-01 to 2400-12-31 crosses every kind of leap-year rule, including 1700-1900.
        let first = -135_140
        let last = 157_419
        #expect(CivilDate(daysSince1970: first) == date(1600, 1, 1))
        #expect(CivilDate(daysSince1970: last) == date(2400, 12, 31))
        var previous = CivilDate(daysSince1970: first)
        var firstProblem: String?
        for days in (first + 1)...last where firstProblem == nil {
            let current = CivilDate(daysSince1970: days)
            let monthGoesOn = previous.day < CivilDate.daysInMonth(year: previous.year, month: previous.month)
            let expected = monthGoesOn
                ? (previous.year, previous.month, previous.day + 1)
                : previous.month < 12 ? (previous.year, previous.month + 1, 1) : (previous.year + 1, 1, 1)
            if (current.year, current.month, current.day) != expected || current.daysSince1970 != days
                || !(previous < current) {
                firstProblem = "day \(days) gave \(current) after \(previous)"
            }
            previous = current
        }
        #expect(firstProblem == nil)
    }

    @Test func leapYearsFollowTheGregorianRule() {
        #expect(CivilDate(year: 2020, month: 2, day: 29) != nil)
        #expect(CivilDate(year: 2000, month: 2, day: 29) != nil)
        #expect(CivilDate(year: 2021, month: 2, day: 29) == nil)
        #expect(CivilDate(year: 1900, month: 2, day: 29) == nil)
    }

    @Test func impossibleDaysAreRefused() {
        #expect(CivilDate(year: 2021, month: 2, day: 30) == nil)
        #expect(CivilDate(year: 2021, month: 4, day: 31) == nil)
        #expect(CivilDate(year: 2021, month: 13, day: 1) == nil)
        #expect(CivilDate(year: 2021, month: 0, day: 1) == nil)
        #expect(CivilDate(year: 2021, month: 1, day: 0) == nil)
        #expect(CivilDate(year: 0, month: 1, day: 1) == nil)
        #expect(CivilDate(year: 10_000, month: 1, day: 1) == nil)
        #expect(CivilDate(year: 2021, month: 12, day: 31) != nil)
    }

    @Test func addingDaysCrossesMonthsYearsAndLeapDays() {
        #expect(date(2020, 2, 28).adding(days: 1) == date(2020, 2, 29))
        #expect(date(2020, 2, 28).adding(days: 2) == date(2020, 3, 1))
        #expect(date(2021, 12, 31).adding(days: 1) == date(2022, 1, 1))
        #expect(date(2022, 1, 1).adding(days: -1) == date(2021, 12, 31))
        #expect(date(2021, 9, 1).adding(days: 365) == date(2022, 9, 1))
        #expect(date(2021, 9, 1).adding(days: 0) == date(2021, 9, 1))
    }

    @Test func weekdays() {
        #expect(date(1970, 1, 1).weekday == .thursday)
        #expect(date(1969, 12, 28).weekday == .sunday)
        #expect(date(2021, 9, 20).weekday == .monday)
        #expect(date(2021, 9, 25).weekday == .saturday)
        #expect(date(2000, 1, 1).weekday == .saturday)
        #expect(date(1, 1, 1).weekday == .monday)
        #expect(Weekday.wednesday.name == "Wednesday")
        #expect(Weekday.sunday.isWeekend && Weekday.saturday.isWeekend && !Weekday.friday.isWeekend)
    }

    @Test func parsesStrictISODates() {
        #expect(CivilDate.parseISO("2021-09-20") == date(2021, 9, 20))
        #expect(CivilDate.parseISO("0987-01-05") == date(987, 1, 5))
        for bad in ["2021-9-20", "2021-02-30", "20210920", " 2021-09-20", "2021-09-20 ", "2021/09/20",
                    "2021-09-2x", "２０２１-09-20", "2021-09-20-01", "", "+021-09-20"] {
            #expect(CivilDate.parseISO(bad) == nil, "\(bad) should be refused")
        }
    }

    @Test func parsesStrictUSDates() {
        #expect(CivilDate.parseUS("09/20/2021") == date(2021, 9, 20))
        #expect(CivilDate.parseUS("02/29/2020") == date(2020, 2, 29))
        for bad in ["02/30/2021", "02/29/2021", "9/20/2021", "09/20/21", "13/01/2021", "00/10/2021",
                    "09-20-2021", "2021-09-20", "09/20/2021 ", "", "09//2021"] {
            #expect(CivilDate.parseUS(bad) == nil, "\(bad) should be refused")
        }
    }

    @Test func writesDatesInEachForm() {
        let goLive = date(2021, 9, 20)
        #expect(goLive.iso == "2021-09-20")
        #expect(goLive.usNumeric == "09/20/2021")
        #expect(goLive.long == "Monday, September 20, 2021")
        #expect(goLive.description == "2021-09-20")
        #expect(date(987, 1, 5).iso == "0987-01-05")
        #expect(date(2022, 1, 4).long == "Tuesday, January 4, 2022")
    }

    @Test func writtenFormsReadBack() {
        for days in stride(from: -20_000, through: 40_000, by: 37) {
            let day = CivilDate(daysSince1970: days)
            #expect(CivilDate.parseISO(day.iso) == day)
            #expect(CivilDate.parseUS(day.usNumeric) == day)
        }
    }

    @Test func ordersByYearThenMonthThenDay() {
        #expect(date(2021, 12, 31) < date(2022, 1, 1))
        #expect(date(2021, 2, 28) < date(2021, 10, 1))
        #expect(date(2021, 10, 2) > date(2021, 10, 1))
        #expect(!(date(2021, 10, 1) < date(2021, 10, 1)))
    }

    @Test func monthNames() {
        #expect(CivilDate.monthNames.count == 12)
        #expect(date(2021, 1, 9).monthName == "January")
        #expect(date(2021, 12, 9).monthName == "December")
    }
}
