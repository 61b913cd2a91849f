package org.stationops.shared;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Which stations' records a user may read and write. A station user sees exactly one
 * station; a bureau-level user ({@code stationId == null}) sees every station of the
 * district bureau.
 *
 * @param stationId the station the user belongs to, {@literal null} for bureau-level
 * users.
 */
public record Scope(@Nullable Long stationId) {

	public static Scope bureau() {
		return new Scope(null);
	}

	public static Scope station(Long stationId) {
		return new Scope(stationId);
	}

	public boolean isBureau() {
		return this.stationId == null;
	}

	/**
	 * @param recordStationId the station a record belongs to.
	 * @return whether this scope reaches that record.
	 */
	public boolean allows(@Nullable Long recordStationId) {
		return this.stationId == null || this.stationId.equals(recordStationId);
	}

	/**
	 * @return whether this scope reaches the record's station.
	 */
	public boolean reaches(StationScoped record) {
		return allows(record.getStationId());
	}

	/**
	 * @return the station to filter on, empty for bureau-level users.
	 */
	public Optional<Long> stationFilter() {
		return Optional.ofNullable(this.stationId);
	}

}
