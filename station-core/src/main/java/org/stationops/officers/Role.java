package org.stationops.officers;

/**
 * What an officer may do. {@link #BUREAU_SUPERVISOR} is a supervisor of the district
 * bureau who reads every station.
 */
public enum Role {

	OFFICER, LIAISON, SUPERVISOR, BUREAU_SUPERVISOR, ADMIN;

	/**
	 * @return whether the role works above any one station.
	 */
	public boolean isBureauLevel() {
		return this == BUREAU_SUPERVISOR;
	}

}
