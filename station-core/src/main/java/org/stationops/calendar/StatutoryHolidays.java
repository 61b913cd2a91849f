package org.stationops.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.JulianFields;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import com.ibm.icu.impl.CalendarAstronomer;
import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.ChineseCalendar;
import org.stationops.shared.StationTime;

/**
 * The statutory holidays of any year (全国年节及纪念日放假办法, 2024 修订, 第2条): 元旦 (1-1), 春节 (除夕 to
 * 正月初三), 清明 (the day of the solar term), 劳动节 (5-1, 5-2), 端午 (五月初五), 中秋 (八月十五) and 国庆
 * (10-1 to 10-3). The lunar days come from ICU4J's {@link ChineseCalendar}, 清明 from the
 * sun's longitude reaching 15° in Beijing time. Only the year's 调休 arrangement needs the
 * State Council's notice; a year without one rests on these days and on weekends.
 */
public final class StatutoryHolidays {

	/**
	 * 正月初一 where ICU's astronomy, a few minutes off, puts a new moon that falls just
	 * before midnight in Beijing on the next day (GB/T 33661-2017 calendar: 2027-02-06
	 * and 2030-02-03).
	 */
	private static final Map<Integer, LocalDate> NEW_YEAR_CORRECTIONS = Map.of(2027, LocalDate.of(2027, 2, 6), 2030,
			LocalDate.of(2030, 2, 3));

	private static final double QINGMING_LONGITUDE = Math.PI / 12;

	private static final Map<Integer, Map<LocalDate, String>> BY_YEAR = new ConcurrentHashMap<>();

	private StatutoryHolidays() {
	}

	/**
	 * @return the statutory holidays of {@code year} with their names, by date.
	 */
	public static Map<LocalDate, String> of(int year) {
		return BY_YEAR.computeIfAbsent(year, StatutoryHolidays::compute);
	}

	private static Map<LocalDate, String> compute(int year) {
		Map<LocalDate, String> days = new TreeMap<>();
		days.put(LocalDate.of(year, 1, 1), "元旦");
		LocalDate newYear = lunarNewYear(year);
		for (LocalDate d = newYear.minusDays(1); !d.isAfter(newYear.plusDays(2)); d = d.plusDays(1)) {
			days.put(d, "春节");
		}
		days.put(qingming(year), "清明节");
		days.put(LocalDate.of(year, 5, 1), "劳动节");
		days.put(LocalDate.of(year, 5, 2), "劳动节");
		days.put(lunar(year, 5, 5), "端午节");
		days.put(lunar(year, 8, 15), "中秋节");
		for (int d = 1; d <= 3; d++) {
			days.put(LocalDate.of(year, 10, d), "国庆节");
		}
		return java.util.Collections.unmodifiableMap(days);
	}

	public static boolean isHoliday(LocalDate day) {
		return of(day.getYear()).containsKey(day);
	}

	/**
	 * @return 正月初一 of the Chinese year that begins in the Gregorian {@code year}.
	 */
	static LocalDate lunarNewYear(int year) {
		LocalDate corrected = NEW_YEAR_CORRECTIONS.get(year);
		return (corrected != null) ? corrected : lunar(year, 1, 1);
	}

	private static LocalDate lunar(int year, int month, int day) {
		ChineseCalendar calendar = new ChineseCalendar();
		calendar.clear();
		// ICU counts Chinese years from 2637 BCE: the year beginning in 2025 is 4662
		calendar.set(Calendar.EXTENDED_YEAR, year + 2637);
		calendar.set(Calendar.MONTH, month - 1);
		calendar.set(Calendar.IS_LEAP_MONTH, 0);
		calendar.set(Calendar.DAY_OF_MONTH, day);
		return LocalDate.MIN.with(JulianFields.JULIAN_DAY, calendar.get(Calendar.JULIAN_DAY));
	}

	/**
	 * @return the day of 清明: the sun reaches ecliptic longitude 15°, in Beijing time.
	 */
	static LocalDate qingming(int year) {
		long from = LocalDate.of(year, 3, 20).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
		long at = new CalendarAstronomer(from).getSunTime(QINGMING_LONGITUDE, true);
		return Instant.ofEpochMilli(at).atZone(StationTime.ZONE).toLocalDate();
	}

}
