package org.stationops.shared;

import org.jspecify.annotations.Nullable;

/**
 * A record that belongs to a station: what {@link Scope#reaches} and
 * {@link ScopedRepository#findInScope} check.
 */
public interface StationScoped {

	/**
	 * @return the station the record belongs to ({@literal null} only for bureau-level
	 * records such as a bureau officer's account).
	 */
	@Nullable Long getStationId();

}
