package org.stationops.servicestations;

import java.time.LocalDateTime;

/**
 * A resident's booking, as entered on the public page.
 *
 * @param slot the slot's start in the station's time zone.
 */
public record BookingRequest(Long serviceStationId, BookableService service, LocalDateTime slot, String name,
		String phone, String note) {

}
