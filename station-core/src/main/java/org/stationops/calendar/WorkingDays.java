package org.stationops.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;

/**
 * Answers which days are working days. Pure rules over a table of exceptional days, so
 * the deadline engine can be tested without a database.
 */
@FunctionalInterface
public interface WorkingDays {

	boolean isWorkingDay(LocalDate day);

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
