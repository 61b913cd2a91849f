package org.stationops.servicestations;

import java.time.LocalDateTime;

/**
 * A bookable slot and how many places are left.
 */
public record Slot(LocalDateTime start, Long officerId, int places, int remaining) {

	public boolean isFull() {
		return this.remaining <= 0;
	}

}
