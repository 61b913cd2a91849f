package org.stationops.liaison.web;

import java.time.LocalDateTime;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

record ResolveForm(@NotBlank @Size(max = 4000) @Nullable String outcome, @Nullable Boolean onTheSpot,
		@DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm") @Nullable LocalDateTime resolvedAt,
		@Min(1) @Nullable Long incidentId, @Min(1) @Nullable Long caseId, @Nullable Long version) {

	static ResolveForm empty(long version) {
		return new ResolveForm("", false, null, null, null, version);
	}

}
