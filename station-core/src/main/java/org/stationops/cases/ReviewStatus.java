package org.stationops.cases;

/**
 * Where a submitted decision stands.
 */
public enum ReviewStatus {

	PENDING, APPROVED, RETURNED;

	public boolean isApproved() {
		return this == APPROVED;
	}

	public boolean isReturned() {
		return this == RETURNED;
	}

	/**
	 * @return the message key of this status's label.
	 */
	public String messageKey() {
		return "cases.review.status." + name();
	}

}
