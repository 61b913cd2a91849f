package org.stationops.servicestations;

/**
 * Whether a service station operates.
 */
public enum ServiceStationStatus {

	ACTIVE, SUSPENDED;

	public boolean isActive() {
		return this == ACTIVE;
	}

	public String labelKey() {
		return "servicestations.status." + name();
	}

}
