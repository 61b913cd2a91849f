package org.stationops.mediation.web;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The report's period and area; missing dates mean the current month so far.
 */
record ReportFilter(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to, @Nullable Long stationId,
		@Nullable Long areaId) {

	LocalDate fromOr(LocalDate today) {
		return (this.from != null) ? this.from : today.withDayOfMonth(1);
	}

	LocalDate toOr(LocalDate today) {
		return (this.to != null) ? this.to : today;
	}

}
