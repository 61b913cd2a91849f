package org.stationops.calendar;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class WorkingDaysTests {

	private final WorkingDays calendar = Calendar2026.workingDays();

	@ParameterizedTest(name = "{0} working: {1} ({2})")
	@CsvSource({ "2026-11-25, true, ordinary Wednesday", "2026-11-28, false, ordinary Saturday",
			"2026-01-01, false, New Year's Day", "2026-01-04, true, Sunday worked for New Year (调休)",
			"2026-02-14, true, Saturday worked before Spring Festival", "2026-02-16, false, Spring Festival Monday",
			"2026-02-23, false, last Spring Festival day (a Monday)",
			"2026-02-28, true, Saturday worked after Spring Festival", "2026-04-06, false, Qingming Monday",
			"2026-05-05, false, Labour Day Tuesday", "2026-05-09, true, Saturday worked for Labour Day",
			"2026-06-19, false, Dragon Boat Friday", "2026-09-20, true, Sunday worked for National Day",
			"2026-09-25, false, Mid-Autumn Friday", "2026-10-07, false, National Day Wednesday",
			"2026-10-10, true, Saturday worked for National Day",
			"2026-10-11, false, ordinary Sunday after National Day" })
	void knowsHolidaysAndMakeUpWorkingDays(LocalDate day, boolean working, String why) {
		assertThat(this.calendar.isWorkingDay(day)).as(why).isEqualTo(working);
	}

	@ParameterizedTest(name = "{1} working days after {0} is {2}")
	@CsvSource({ "2026-11-25, 0, 2026-11-25", "2026-11-25, 1, 2026-11-26", "2026-11-27, 1, 2026-11-30",
			"2026-11-25, 7, 2026-12-04", "2026-09-30, 1, 2026-10-08", "2026-09-18, 1, 2026-09-20",
			"2026-02-13, 1, 2026-02-14", "2026-02-13, 2, 2026-02-24", "2026-04-30, 3, 2026-05-08",
			"2026-04-30, 4, 2026-05-09" })
	void countsWorkingDaysWithoutTheStartDay(LocalDate start, int days, LocalDate expected) {
		assertThat(this.calendar.addWorkingDays(start, days)).isEqualTo(expected);
	}

	@ParameterizedTest(name = "a period ending {0} ends {1}")
	@CsvSource({ "2026-11-25, 2026-11-25", "2026-11-28, 2026-11-30", "2026-10-03, 2026-10-08", "2026-02-15, 2026-02-24",
			"2026-10-10, 2026-10-10" })
	void movesAPeriodEndingOnARestDayToTheNextWorkingDay(LocalDate last, LocalDate expected) {
		assertThat(this.calendar.rollToWorkingDay(last)).isEqualTo(expected);
	}

}
