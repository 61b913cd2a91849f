package org.stationops.cases;

/**
 * Where a submitted decision stands.
 */
public enum ReviewStatus {

	PENDING, APPROVED, RETURNED

}
