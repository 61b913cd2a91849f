package org.stationops.analysis;

import java.util.List;

/**
 * The analysis of one period for one station or the whole bureau.
 *
 * @param stationId {@literal null} for the bureau.
 * @param scopeName the station's name, or {@literal null} for the bureau.
 * @param byStation one line per station (bureau analysis only, else empty).
 */
public record PeriodAnalysis(ReportPeriod period, ReportPeriod.Windows windows,
		@org.jspecify.annotations.Nullable Long stationId, @org.jspecify.annotations.Nullable String scopeName,
		Trend total, List<Trend> byCategory, List<Trend> bySubType, List<Trend> byArea, List<Trend> byStation,
		Hotspots hotspots, Kpis kpis) {

	/**
	 * @return the lines (of every breakdown) whose change against either period is
	 * significant, for the brief's "what changed" list.
	 */
	public List<Trend> significantSubTypes() {
		return this.bySubType.stream()
			.filter(t -> t.periodOverPeriod().significant() || t.yearOverYear().significant())
			.toList();
	}

}
