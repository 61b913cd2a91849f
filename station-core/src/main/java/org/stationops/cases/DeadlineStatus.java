package org.stationops.cases;

/**
 * Where a deadline stands.
 */
public enum DeadlineStatus {

	ON_TIME, DUE_SOON, OVERDUE, PAUSED;

	public boolean isOverdue() {
		return this == OVERDUE;
	}

	public boolean isDueSoon() {
		return this == DUE_SOON;
	}

	public boolean isPaused() {
		return this == PAUSED;
	}

	/**
	 * @return the message key of this status's label.
	 */
	public String messageKey() {
		return "cases.deadline." + name();
	}

}
