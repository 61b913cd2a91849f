package org.stationops.analysis;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The SQL behind prevention advice: the targets a station's supervisor may address (read
 * from the liaison register, the compounds and the service stations), the incident
 * categories, and the weekly incident counts of a pattern.
 */
public interface AdviceQueries {

	/**
	 * Enterprises, compounds and service stations of the station, by kind and name.
	 */
	List<Target> targets(long stationId);

	Optional<Target> target(long stationId, AdviceTarget kind, long id);

	/**
	 * Top-level incident categories and their sub-types, in their sort order.
	 */
	List<Category> categories();

	/**
	 * Incidents of the station received in {@code weeks} consecutive weeks from
	 * {@code from}, counted per week; with an area only that area's, with a category code
	 * only that sub-type's (or, for a top-level category, all its sub-types').
	 */
	long[] weeklyCounts(long stationId, @Nullable Long areaId, @Nullable String categoryCode, LocalDate from,
			int weeks);

	record Target(AdviceTarget kind, long id, String name, @Nullable Long areaId) {

	}

	record Category(String code, Label label, boolean topLevel) {

	}

}
