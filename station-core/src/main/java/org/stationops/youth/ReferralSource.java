package org.stationops.youth;

/**
 * Where a minor was referred from: an incident or a case of the station, a school, a
 * community.
 */
public enum ReferralSource {

	INCIDENT, CASE, SCHOOL, COMMUNITY;

	public String labelKey() {
		return "youth.referral." + name();
	}

}
