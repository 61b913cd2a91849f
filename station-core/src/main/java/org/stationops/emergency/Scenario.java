package org.stationops.emergency;

/**
 * What a plan is for: an island cut off (岛自为战), a joint response at sea and on land
 * (海陆一体), a typhoon, a large event, a mass incident.
 */
public enum Scenario {

	ISLAND_CUT_OFF, SEA_LAND_JOINT, TYPHOON, LARGE_EVENT, MASS_INCIDENT;

	public String labelKey() {
		return "emergency.scenario." + name();
	}

}
