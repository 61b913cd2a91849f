package org.stationops.mediation;

import java.time.LocalDate;

import org.stationops.calendar.WorkingCalendar;
import org.springframework.stereotype.Component;

/**
 * {@link WorkingDayCalendar} over the shared working-day calendar (法定节假日 and 调休 as
 * maintained by the administrators).
 */
@Component
class CalendarWorkingDays implements WorkingDayCalendar {

	private final WorkingCalendar calendar;

	CalendarWorkingDays(WorkingCalendar calendar) {
		this.calendar = calendar;
	}

	@Override
	public boolean isWorkingDay(LocalDate day) {
		return this.calendar.isWorkingDay(day);
	}

	@Override
	public LocalDate addWorkingDays(LocalDate start, int days) {
		return this.calendar.addWorkingDays(start, days);
	}

}
