package org.stationops.emergency;

/**
 * A plan is ready, or activated until it stands down.
 */
public enum PlanStatus {

	READY, ACTIVE;

	public String labelKey() {
		return "emergency.status." + name();
	}

	public boolean isActive() {
		return this == ACTIVE;
	}

}
