package org.stationops.liaison;

/**
 * How a liaison due date stands today (see Cadence#state).
 */
public enum DueState {

	OVERDUE, DUE, DUE_SOON, OK

}
