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

@Suite struct FederalHolidaysTests {
    @Test func observedDaysOf2021() {
        #expect(FederalHolidays.observed(in: 2021) == [
            date(2021, 1, 1),   // New Year's Day, Friday
            date(2021, 1, 18),  // Martin Luther King Jr. Day
            date(2021, 2, 15),  // Washington's Birthday
            date(2021, 5, 31),  // Memorial Day
            date(2021, 6, 18),  // Juneteenth, a Saturday, observed Friday
            date(2021, 7, 5),   // Independence Day, a Sunday, observed Monday
            date(2021, 9, 6),   // Labor Day
            date(2021, 10, 11), // Columbus Day
            date(2021, 11, 11), // Veterans Day
            date(2021, 11, 25), // Thanksgiving Day
            date(2021, 12, 24), // Christmas Day, a Saturday, observed Friday
            date(2021, 12, 31), // New Year's Day 2022, a Saturday, observed Friday
        ])
    }

    @Test func observedDaysOf2020HaveNoJuneteenth() {
        #expect(FederalHolidays.observed(in: 2020) == [
            date(2020, 1, 1), date(2020, 1, 20), date(2020, 2, 17), date(2020, 5, 25),
            date(2020, 7, 3), // Independence Day, a Saturday, observed Friday
            date(2020, 9, 7), date(2020, 10, 12), date(2020, 11, 11), date(2020, 11, 26), date(2020, 12, 25),
        ])
        #expect(!FederalHolidays.isHoliday(date(2020, 6, 19)))
    }

    @Test func observedDaysOf2022LoseNewYearsDayToTheYearBefore() {
        #expect(FederalHolidays.observed(in: 2022) == [
            date(2022, 1, 17), date(2022, 2, 21), date(2022, 5, 30),
            date(2022, 6, 20), // Juneteenth, a Sunday, observed Monday
            date(2022, 7, 4), date(2022, 9, 5), date(2022, 10, 10), date(2022, 11, 11), date(2022, 11, 24),
            date(2022, 12, 26), // Christmas Day, a Sunday, observed Monday
        ])
        #expect(FederalHolidays.isHoliday(date(2021, 12, 31)))
        #expect(!FederalHolidays.isHoliday(date(2022, 1, 1)))
    }

    @Test func veteransDayOnASaturdayMovesToFriday() {
        #expect(FederalHolidays.isHoliday(date(2023, 11, 10)))
        #expect(!FederalHolidays.isHoliday(date(2023, 11, 11)))
        #expect(FederalHolidays.isHoliday(date(2023, 1, 2)), "New Year's Day 2023 was a Sunday")
    }

    @Test func holidaysAreNamedOnTheDayTheyAreObserved() {
        #expect(FederalHolidays.name(of: date(2021, 9, 6)) == "Labor Day")
        #expect(FederalHolidays.name(of: date(2021, 12, 31)) == "New Year's Day")
        #expect(FederalHolidays.name(of: date(2021, 12, 24)) == "Christmas Day")
        #expect(FederalHolidays.name(of: date(2021, 6, 18)) == "Juneteenth National Independence Day")
        #expect(FederalHolidays.name(of: date(2021, 11, 25)) == "Thanksgiving Day")
        #expect(FederalHolidays.name(of: date(2021, 9, 7)) == nil)
        #expect(FederalHolidays.name(of: date(2021, 7, 4)) == nil, "the Sunday itself is not the day off")
    }

    @Test func everyYearHasItsHolidaysOnWeekdaysInOrder() {
        for year in 1990...2060 {
            let days = FederalHolidays.observed(in: year)
            let expectedCount = 10 + (year >= 2021 ? 1 : 0)
            // New Year's Day moves out of a year starting on a Saturday and into the year before.
            let startsOnSaturday = date(year, 1, 1).weekday == .saturday
            let endsOnFriday = date(year, 12, 31).weekday == .friday
            #expect(days.count == expectedCount - (startsOnSaturday ? 1 : 0) + (endsOnFriday ? 1 : 0), "\(year)")
            #expect(days == days.sorted(), "\(year)")
            #expect(days.allSatisfy { !$0.weekday.isWeekend && $0.year == year }, "\(year)")
            #expect(days.allSatisfy(FederalHolidays.isHoliday), "\(year)")
        }
    }
}
