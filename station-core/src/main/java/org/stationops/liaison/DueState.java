package org.stationops.liaison;

/**
 * How a liaison due date stands today (see Cadence#state).
 */
public enum DueState {

	OVERDUE, DUE, DUE_SOON, OK;

	/**
	 * @return the Bootstrap colour of the state's badge, from most to least urgent.
	 */
	public String tone() {
		return switch (this) {
			case OVERDUE -> "danger";
			case DUE -> "warning";
			case DUE_SOON -> "info";
			case OK -> "success";
		};
	}

}
