package org.stationops.antifraud;

/**
 * How a warning ended.
 */
public enum WarningOutcome {

	DISSUADED, LOSS_OCCURRED, UNREACHABLE;

	/**
	 * @return whether money was lost, so that a case can be opened.
	 */
	public boolean isLoss() {
		return this == LOSS_OCCURRED;
	}

}
