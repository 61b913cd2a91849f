package org.stationops.analysis;

import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The aggregate SQL behind the analysis, one statement per method, every one filtered by
 * the stations in scope and grouped in the database.
 */
public interface AnalysisQueries {

	/**
	 * Incidents received in the three windows, counted per station, area and sub-type.
	 */
	List<CountRow> incidentCounts(Collection<Long> stationIds, ReportPeriod.Windows windows);

	/**
	 * Incidents received in the current window, counted per station, area and hour of day
	 * (station time).
	 */
	List<HourRow> incidentHours(Collection<Long> stationIds, ReportPeriod.Window window);

	/**
	 * The raw figures the station KPIs are computed from, for one window.
	 */
	KpiFigures kpiFigures(Collection<Long> stationIds, ReportPeriod.Window window);

	/**
	 * One group of incidents.
	 *
	 * @param areaId {@literal null} for incidents without an area.
	 */
	record CountRow(long stationId, String stationName, @Nullable Long areaId, @Nullable String areaName,
			String categoryCode, Label category, String subTypeCode, Label subType, boolean preventable, long current,
			long previous, long yearAgo) {

	}

	/**
	 * Incidents of one area in one hour of the day.
	 */
	record HourRow(long stationId, String stationName, @Nullable Long areaId, @Nullable String areaName, int hour,
			long count) {

	}

}
