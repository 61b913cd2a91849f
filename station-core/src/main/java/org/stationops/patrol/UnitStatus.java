package org.stationops.patrol;

/**
 * Where a unit stands for dispatch.
 */
public enum UnitStatus {

	AVAILABLE, DISPATCHED, ON_SCENE, OFF_DUTY;

	public String labelKey() {
		return "patrol.unitStatus." + name();
	}

	public boolean isAvailable() {
		return this == AVAILABLE;
	}

	public boolean isDispatched() {
		return this == DISPATCHED;
	}

	public boolean isOnScene() {
		return this == ON_SCENE;
	}

	public boolean isOffDuty() {
		return this == OFF_DUTY;
	}

	/**
	 * @return the Bootstrap colour of the status badge.
	 */
	public String tone() {
		return switch (this) {
			case AVAILABLE -> "success";
			case DISPATCHED -> "warning";
			case ON_SCENE -> "danger";
			case OFF_DUTY -> "secondary";
		};
	}

}
