package org.stationops.liaison;

/**
 * Where a fast-channel ticket stands.
 */
public enum TicketStatus {

	OPEN, RESPONDED, RESOLVED;

	/**
	 * @return whether the ticket still waits for its first response.
	 */
	public boolean awaitsResponse() {
		return this == OPEN;
	}

	public boolean isResolved() {
		return this == RESOLVED;
	}

}
