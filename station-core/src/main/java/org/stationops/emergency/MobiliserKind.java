package org.stationops.emergency;

/**
 * Who a mobilisation entry calls. Volunteer teams, enterprises' guards and vessels are
 * free entries until their registers exist.
 */
public enum MobiliserKind {

	OFFICER, VOLUNTEER_TEAM, ENTERPRISE_GUARDS, VESSEL, OTHER;

	public String labelKey() {
		return "emergency.kind." + name();
	}

}
