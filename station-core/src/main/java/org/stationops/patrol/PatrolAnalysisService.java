package org.stationops.patrol;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.stationops.shared.RuleViolationException;
import org.stationops.shared.Scope;
import org.stationops.shared.StationTime;
import org.stationops.stations.StationService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The patrol analyses over a period of days (station time, both ends included): response
 * times per area and hour against the arrival target
 * ({@code stationops.patrol.arrival-target}, two minutes unless configured, the figure
 * the seeds quote), and where to patrol (incidents against patrol presence per area and
 * hour). A station user sees their station; a bureau user one chosen station or every
 * station.
 */
@Service
@Transactional(readOnly = true)
public class PatrolAnalysisService {

	private final PatrolAnalysisQueries queries;

	private final StationService stations;

	private final Duration arrivalTarget;

	PatrolAnalysisService(PatrolAnalysisQueries queries, StationService stations,
			@Value("${stationops.patrol.arrival-target:PT2M}") Duration arrivalTarget) {
		this.queries = queries;
		this.stations = stations;
		this.arrivalTarget = arrivalTarget;
	}

	public Duration arrivalTarget() {
		return this.arrivalTarget;
	}

	public ResponseTimes.Report responseTimes(Scope scope, @Nullable Long stationId, LocalDate from, LocalDate to) {
		Long station = station(scope, stationId);
		checkPeriod(from, to);
		return ResponseTimes.of(this.queries.arrivals(station, start(from), start(to.plusDays(1))), this.arrivalTarget);
	}

	public List<PatrolPresence.Gap> whereToPatrol(Scope scope, @Nullable Long stationId, LocalDate from, LocalDate to) {
		Long station = station(scope, stationId);
		checkPeriod(from, to);
		Instant start = start(from);
		Instant end = start(to.plusDays(1));
		return PatrolPresence.gaps(this.queries.incidentsByAreaAndHour(station, start, end),
				this.queries.presenceByAreaAndHour(station, start, end));
	}

	private @Nullable Long station(Scope scope, @Nullable Long stationId) {
		if (scope.stationFilter().isPresent()) {
			return scope.stationFilter().get();
		}
		if (stationId != null) {
			this.stations.get(scope, stationId);
		}
		return stationId;
	}

	private static void checkPeriod(LocalDate from, LocalDate to) {
		String refusal = periodRefusal(from, to);
		if (refusal != null) {
			throw RuleViolationException.onField("to", refusal);
		}
	}

	/**
	 * @return the message key refusing the period (ends before it starts, longer than a
	 * year), or {@literal null} when it is fine; a page checks this before it asks, so a
	 * refusal does not end its read-only transaction
	 */
	public static @Nullable String periodRefusal(LocalDate from, LocalDate to) {
		if (to.isBefore(from)) {
			return "patrol.compliance.toBeforeFrom";
		}
		if (from.plusYears(1).isBefore(to)) {
			return "patrol.compliance.tooLong";
		}
		return null;
	}

	private static Instant start(LocalDate day) {
		return day.atStartOfDay(StationTime.ZONE).toInstant();
	}

}
