package org.stationops.mediation;

/**
 * Where a failed mediation is referred.
 */
public enum Referral {

	COURT, ARBITRATION, LABOUR_BUREAU, PEOPLES_MEDIATION_COMMITTEE, CASE_CONTINUES

}
