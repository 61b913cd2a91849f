package org.stationops.incidents;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Criteria of the incident list; {@literal null} means "any".
 *
 * @param stationId set from the caller's scope, never from user input.
 * @param categoryCode a top-level code matches all its sub-types.
 * @param text a search term matched in description and location (any length, Chinese
 * included).
 */
public record IncidentFilter(@Nullable Long stationId, @Nullable Instant from, @Nullable Instant to,
		@Nullable String categoryCode, @Nullable IncidentStatus status, @Nullable Long areaId, @Nullable Long officerId,
		@Nullable String text) {

	public static IncidentFilter station(@Nullable Long stationId) {
		return new IncidentFilter(stationId, null, null, null, null, null, null, null);
	}

	public IncidentFilter withText(@Nullable String term) {
		return new IncidentFilter(this.stationId, this.from, this.to, this.categoryCode, this.status, this.areaId,
				this.officerId, term);
	}

}
