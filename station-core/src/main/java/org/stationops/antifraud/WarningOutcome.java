package org.stationops.antifraud;

/**
 * How a warning ended.
 */
public enum WarningOutcome {

	DISSUADED, LOSS_OCCURRED, UNREACHABLE

}
