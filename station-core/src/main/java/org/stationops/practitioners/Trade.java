package org.stationops.practitioners;

/**
 * The trades screened: couriers, ride-hailing drivers, transport staff, security guards,
 * vessel crews.
 */
public enum Trade {

	COURIER, RIDE_HAILING, TRANSPORT, SECURITY_GUARD, VESSEL_CREW;

	public String labelKey() {
		return "practitioners.trade." + name();
	}

}
