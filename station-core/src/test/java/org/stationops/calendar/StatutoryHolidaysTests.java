package org.stationops.calendar;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The statutory holidays of any year (全国年节及纪念日放假办法 2024 修订 第2条), checked against the
 * notices for 2025 and 2026 and the published Chinese calendar for later years.
 */
class StatutoryHolidaysTests {

	@ParameterizedTest(name = "{0}: 除夕 {1}, 清明 {2}, 端午 {3}, 中秋 {4}")
	@CsvSource({ "2025, 2025-01-28, 2025-04-04, 2025-05-31, 2025-10-06",
			"2026, 2026-02-16, 2026-04-05, 2026-06-19, 2026-09-25",
			"2027, 2027-02-05, 2027-04-05, 2027-06-09, 2027-09-15",
			"2028, 2028-01-25, 2028-04-04, 2028-05-28, 2028-10-03",
			"2030, 2030-02-02, 2030-04-05, 2030-06-05, 2030-09-12" })
	void knowsTheLunarHolidaysAndQingmingOfEveryYear(int year, LocalDate eve, LocalDate qingming, LocalDate duanwu,
			LocalDate zhongqiu) {
		assertThat(StatutoryHolidays.of(year)).containsKeys(eve, eve.plusDays(1), eve.plusDays(2), eve.plusDays(3),
				qingming, duanwu, zhongqiu, LocalDate.of(year, 1, 1), LocalDate.of(year, 5, 1),
				LocalDate.of(year, 5, 2), LocalDate.of(year, 10, 1), LocalDate.of(year, 10, 3));
		assertThat(StatutoryHolidays.of(year)).doesNotContainKey(eve.minusDays(1)).doesNotContainKey(eve.plusDays(4));
	}

	@ParameterizedTest(name = "{0} in a year without a notice is a working day: {1}")
	@CsvSource({ "2027-01-01, false", "2027-01-04, true", "2027-02-05, false", "2027-02-08, false", "2027-02-09, true",
			"2027-04-05, false", "2027-05-03, true", "2027-10-01, false", "2027-10-04, true" })
	void aYearWithoutNoticeRestsOnStatutoryHolidaysAndWeekends(LocalDate day, boolean working) {
		WorkingDays calendar = Calendar2026.seeded2025And2026();
		assertThat(calendar.isWorkingDay(day)).isEqualTo(working);
		assertThat(calendar.isNoticed(day.getYear())).isFalse();
	}

}
