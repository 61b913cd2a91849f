package org.stationops.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Answers which days are working days. Pure rules over a table of exceptional days, so
 * the deadline engine can be tested without a database.
 */
@FunctionalInterface
public interface WorkingDays {

	boolean isWorkingDay(LocalDate day);

	/**
	 * @return whether the State Council's notice (放假安排, with its 调休) for {@code year} has
	 * been entered; without it the calendar knows only the statutory holidays and
	 * weekends, and a deadline reaching into that year is provisional.
	 */
	default boolean isNoticed(int year) {
		return true;
	}

	/**
	 * @return the first year between the two days (both included) whose notice has not
	 * been entered, if any.
	 */
	default OptionalInt firstUnnoticedYear(LocalDate from, LocalDate to) {
		for (int year = from.getYear(); year <= to.getYear(); year++) {
			if (!isNoticed(year)) {
				return OptionalInt.of(year);
			}
		}
		return OptionalInt.empty();
	}

	/**
	 * @param exceptions holidays and make-up working days by date.
	 * @return a calendar where weekends rest, holidays rest, and make-up days are worked.
	 */
	static WorkingDays of(Map<LocalDate, CalendarDayKind> exceptions) {
		return day -> {
			CalendarDayKind kind = exceptions.get(day);
			if (kind != null) {
				return kind == CalendarDayKind.MAKEUP_WORKDAY;
			}
			return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
		};
	}

	/**
	 * @param exceptions holidays and make-up working days by date, as the notices set
	 * them.
	 * @param noticedYears the years whose notice has been entered; in any other year the
	 * statutory holidays ({@link StatutoryHolidays}) rest as well as weekends.
	 */
	static WorkingDays of(Map<LocalDate, CalendarDayKind> exceptions, Set<Integer> noticedYears) {
		WorkingDays noticed = of(exceptions);
		return new WorkingDays() {

			@Override
			public boolean isWorkingDay(LocalDate day) {
				if (!exceptions.containsKey(day) && !noticedYears.contains(day.getYear())
						&& StatutoryHolidays.isHoliday(day)) {
					return false;
				}
				return noticed.isWorkingDay(day);
			}

			@Override
			public boolean isNoticed(int year) {
				return noticedYears.contains(year);
			}

		};
	}

	/**
	 * Counts {@code days} working days after {@code start}; the start day itself is not
	 * counted (公安机关办理行政案件程序规定 第35条: 期间开始之日不计算在内).
	 * @param days zero or more.
	 */
	default LocalDate addWorkingDays(LocalDate start, int days) {
		if (days < 0) {
			throw new IllegalArgumentException("days must not be negative");
		}
		LocalDate day = start;
		int counted = 0;
		while (counted < days) {
			day = day.plusDays(1);
			if (isWorkingDay(day)) {
				counted++;
			}
		}
		return day;
	}

	/**
	 * The day a period ends when its last day falls on a rest day: the first working day
	 * after it (行政案件程序规定 第35条; 刑事诉讼法 第105条).
	 */
	default LocalDate rollToWorkingDay(LocalDate day) {
		LocalDate result = day;
		while (!isWorkingDay(result)) {
			result = result.plusDays(1);
		}
		return result;
	}

}
