package org.stationops.cases;

import org.jspecify.annotations.Nullable;

/**
 * Who does something to a case, for the timeline.
 *
 * @param officerId {@literal null} for the system (e.g. an automatic hand-off).
 */
public record CaseActor(@Nullable Long officerId, String name) {

	public static CaseActor system() {
		return new CaseActor(null, "system");
	}

}
