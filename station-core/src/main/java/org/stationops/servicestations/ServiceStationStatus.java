package org.stationops.servicestations;

/**
 * Whether a service station operates.
 */
public enum ServiceStationStatus {

	ACTIVE, SUSPENDED;

	public String labelKey() {
		return "servicestations.status." + name();
	}

}
