package org.stationops.calendar;

/**
 * A day that differs from the ordinary Monday-to-Friday week.
 */
public enum CalendarDayKind {

	/** A statutory holiday or a rest day moved by 调休: no work. */
	HOLIDAY,

	/** A weekend day worked in exchange (调休上班). */
	MAKEUP_WORKDAY;

	public boolean isHoliday() {
		return this == HOLIDAY;
	}

}
