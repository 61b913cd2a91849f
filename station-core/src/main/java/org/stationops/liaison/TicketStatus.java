package org.stationops.liaison;

/**
 * Where a fast-channel ticket stands.
 */
public enum TicketStatus {

	OPEN, RESPONDED, RESOLVED

}
