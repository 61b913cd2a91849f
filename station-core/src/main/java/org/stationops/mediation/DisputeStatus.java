package org.stationops.mediation;

/**
 * Where a dispute file stands.
 */
public enum DisputeStatus {

	OPEN, AGREED, FAILED, CLOSURE_REQUESTED, CLOSED;

	public boolean isOpen() {
		return this == OPEN;
	}

	/**
	 * @return whether the mediation has its outcome (agreement or failure) and the file
	 * is not yet asked to close: follow-up visits and the closure request come now.
	 */
	public boolean isResolved() {
		return this == AGREED || this == FAILED;
	}

	public boolean isClosureRequested() {
		return this == CLOSURE_REQUESTED;
	}

	public boolean isClosed() {
		return this == CLOSED;
	}

}
