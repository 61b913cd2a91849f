package org.stationops.servicestations;

import java.time.Instant;
import java.util.Map;

/**
 * Port for the slot counters and appointment references. {@link #reserve} is atomic in
 * the database: two bookings of a slot's last place at the same moment give one
 * reservation.
 */
public interface AppointmentLedger {

	/**
	 * Takes one place of the slot.
	 * @return {@literal false} when the slot is full.
	 */
	boolean reserve(Long serviceStationId, Instant slotStart, int places);

	/**
	 * Gives a place back (a cancellation).
	 */
	void release(Long serviceStationId, Instant slotStart);

	/**
	 * @return places taken per slot start in {@code [from, to)}.
	 */
	Map<Instant, Integer> booked(Long serviceStationId, Instant from, Instant to);

	long nextReferenceNumber();

}
