package org.stationops.incidents.web;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where a reporter follows their incident from outside: the public portal's lookup
 * address ({@code stationops.public.track-url}) or, when the station has none, the phone
 * number to ask at ({@code stationops.public.phone}). The receipt prints one of them,
 * never the intranet address it was printed from.
 */
@Component
class PublicAddress {

	private final String trackUrl;

	private final String phone;

	PublicAddress(@Value("${stationops.public.track-url:}") String trackUrl,
			@Value("${stationops.public.phone:}") String phone) {
		this.trackUrl = trackUrl.strip();
		this.phone = phone.strip();
	}

	/**
	 * @return the public lookup address, or {@literal null} if none is set.
	 */
	@Nullable String trackUrl() {
		return this.trackUrl.isEmpty() ? null : this.trackUrl;
	}

	/**
	 * @return the phone number to ask at, or {@literal null} if none is set.
	 */
	@Nullable String phone() {
		return this.phone.isEmpty() ? null : this.phone;
	}

}
