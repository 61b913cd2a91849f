package org.stationops.analysis;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.stationops.shared.Scope;
import org.stationops.stations.Station;
import org.stationops.stations.StationService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the periodic analysis of a station, or of the bureau for bureau-level users,
 * from four aggregate statements (stations in scope, incident counts, hours, KPI
 * figures).
 */
@Service
@Transactional(readOnly = true)
public class AnalysisService {

	private final AnalysisQueries queries;

	private final StationService stations;

	AnalysisService(AnalysisQueries queries, StationService stations) {
		this.queries = queries;
		this.stations = stations;
	}

	/**
	 * @param stationId the station to analyse; ignored for station users (always their
	 * own), {@literal null} for the whole bureau.
	 * @param anchor a day inside the period.
	 */
	public PeriodAnalysis analyse(Scope scope, @Nullable Long stationId, ReportPeriod period, LocalDate anchor) {
		Long station = scope.stationId() != null ? scope.stationId() : stationId;
		List<Long> ids;
		String scopeName;
		if (station != null) {
			Station s = this.stations.get(scope, station);
			ids = List.of(s.getId());
			scopeName = s.getName();
		}
		else {
			ids = this.stations.visibleStations(scope).stream().map(Station::getId).toList();
			scopeName = null;
		}
		ReportPeriod.Windows windows = period.windows(anchor);
		if (ids.isEmpty()) {
			return AnalysisAssembly.assemble(period, windows, station, scopeName, List.of(), List.of(),
					AnalysisAssembly.noFigures());
		}
		return AnalysisAssembly.assemble(period, windows, station, scopeName, this.queries.incidentCounts(ids, windows),
				this.queries.incidentHours(ids, windows.current()), this.queries.kpiFigures(ids, windows.current()));
	}

}
