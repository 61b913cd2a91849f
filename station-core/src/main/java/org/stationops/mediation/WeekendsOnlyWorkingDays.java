package org.stationops.mediation;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * TEMPORARY stand-in until the cases feature's working-day calendar is merged: Monday to
 * Friday are working days, public holidays and 调休 are NOT known. Replaced by an adapter
 * to the real calendar after the merge.
 */
@org.springframework.stereotype.Component
class WeekendsOnlyWorkingDays implements WorkingDayCalendar {

	@Override
	public boolean isWorkingDay(LocalDate day) {
		return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
	}

	@Override
	public LocalDate addWorkingDays(LocalDate start, int days) {
		LocalDate day = start;
		int added = 0;
		while (added < days) {
			day = day.plusDays(1);
			if (isWorkingDay(day)) {
				added++;
			}
		}
		return day;
	}

}
