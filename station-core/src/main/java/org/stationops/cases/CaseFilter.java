package org.stationops.cases;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * Filters of the case list; every field is optional.
 *
 * @param text matches the case number or title.
 */
public record CaseFilter(@Nullable LocalDate from, @Nullable LocalDate to, @Nullable CaseKind kind,
		@Nullable CaseStage stage, @Nullable Long officerId, @Nullable String text) {

	public static CaseFilter none() {
		return new CaseFilter(null, null, null, null, null, null);
	}

}
