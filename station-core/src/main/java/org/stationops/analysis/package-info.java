/**
 * Periodic analysis (研判): the daily brief (每日警情), weekly and monthly analysis of a
 * station or the bureau — counts by category, sub-type, area and hour of day,
 * year-over-year and period-over-period changes with a significance flag that tells
 * signal from noise, hotspots by area and hour, and the station's figures (KPIs) with
 * their definitions. Reads every feature's tables through aggregate SQL behind the
 * {@link org.stationops.analysis.AnalysisQueries} port, so it depends on no feature's
 * Java types.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "shared", "shared :: web", "stations", "audit", "patrol" })
package org.stationops.analysis;
