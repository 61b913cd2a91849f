package org.stationops.liaison.web;

import java.time.LocalDate;
import java.util.Set;

import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

record ScreeningForm(@Nullable Set<String> observed, @Size(max = 4000) @Nullable String evidence,
		@DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate rescreenOn) {

	Set<String> codes() {
		return (this.observed == null) ? Set.of() : this.observed;
	}

}
