package org.stationops.mediation;

import java.time.LocalDate;

/**
 * Port to the working-day calendar (法定节假日 and 调休 included) that the 治安调解 time limits
 * count in. Implemented by the cases feature's calendar; mediation never keeps a calendar
 * of its own.
 */
public interface WorkingDayCalendar {

	boolean isWorkingDay(LocalDate day);

	/**
	 * @return the day {@code days} working days after {@code start} (start not counted).
	 */
	LocalDate addWorkingDays(LocalDate start, int days);

}
