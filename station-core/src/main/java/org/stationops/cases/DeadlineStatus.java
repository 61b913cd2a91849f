package org.stationops.cases;

/**
 * Where a deadline stands.
 */
public enum DeadlineStatus {

	ON_TIME, DUE_SOON, OVERDUE, PAUSED

}
