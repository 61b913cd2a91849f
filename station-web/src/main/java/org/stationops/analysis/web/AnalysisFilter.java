package org.stationops.analysis.web;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.stationops.analysis.ReportPeriod;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * What the analysis page shows: the kind of period, a day inside it, and for bureau users
 * the station (none = the whole bureau).
 */
record AnalysisFilter(@Nullable ReportPeriod period,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date, @Nullable Long stationId) {

	ReportPeriod periodOrDay() {
		return (this.period != null) ? this.period : ReportPeriod.DAY;
	}

	LocalDate dateOr(LocalDate today) {
		return (this.date != null) ? this.date : periodOrDay().lastCompleteAnchor(today);
	}

}
