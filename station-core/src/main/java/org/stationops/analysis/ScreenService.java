package org.stationops.analysis;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.stationops.patrol.ComplianceReport;
import org.stationops.patrol.ComplianceService;
import org.stationops.patrol.PatrolPlan;
import org.stationops.patrol.PatrolPlanService;
import org.stationops.patrol.PlanDay;
import org.stationops.shared.Scope;
import org.stationops.shared.StationTime;
import org.stationops.stations.Station;
import org.stationops.stations.StationService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The station's one screen (一屏): today's and the last 24 hours' figures of one station,
 * or of several side by side for a bureau account, read with a fixed handful of aggregate
 * statements whatever the number of stations.
 */
@Service
@Transactional(readOnly = true)
public class ScreenService {

	/** Running 询问查证 clocks shown per screen. */
	static final int CLOCKS = 8;

	private final ScreenQueries queries;

	private final StationService stations;

	private final ComplianceService compliance;

	private final PatrolPlanService plans;

	private final Clock clock;

	private final double radiusMetres;

	private final Duration urgentAfter;

	ScreenService(ScreenQueries queries, StationService stations, ComplianceService compliance, PatrolPlanService plans,
			Clock clock, @Value("${stationops.coverage.walking-minutes:8}") int minutes,
			@Value("${stationops.coverage.walking-speed:80}") int speed,
			@Value("${stationops.dispatch.urgent-after:PT10M}") Duration urgentAfter) {
		this.queries = queries;
		this.stations = stations;
		this.compliance = compliance;
		this.plans = plans;
		this.clock = clock;
		this.radiusMetres = (double) minutes * speed;
		this.urgentAfter = urgentAfter;
	}

	/**
	 * One station's screen.
	 * @param stationId the station to show; ignored for station accounts (always their
	 * own); {@literal null} for a bureau account means its first station.
	 */
	public Screen one(Scope scope, @Nullable Long stationId) {
		List<Station> visible = this.stations.visibleStations(scope);
		Long chosen = (stationId != null) ? stationId : visible.isEmpty() ? null : visible.get(0).getId();
		return new Screen(visible, (chosen == null) ? List.of() : screens(scope, visible, List.of(chosen)), now());
	}

	/**
	 * Stations side by side.
	 * @param stationIds the stations to compare; empty for every station in scope.
	 */
	public Screen compare(Scope scope, List<Long> stationIds) {
		List<Station> visible = this.stations.visibleStations(scope);
		List<Long> ids = stationIds.isEmpty() ? visible.stream().map(Station::getId).toList() : stationIds;
		return new Screen(visible, screens(scope, visible, ids), now());
	}

	/**
	 * @param stationIds stations to show; a station account always gets its own station,
	 * ids outside the scope are dropped.
	 * @return one screen per station, in the order asked for.
	 */
	List<StationScreen> screens(Scope scope, List<Station> visible, List<Long> stationIds) {
		Set<Long> allowed = visible.stream().map(Station::getId).collect(Collectors.toSet());
		List<Long> ids = (scope.stationId() != null) ? List.of(scope.stationId())
				: stationIds.stream().filter(allowed::contains).distinct().toList();
		if (ids.isEmpty()) {
			return List.of();
		}
		ScreenQueries.Moment moment = moment();
		Map<Long, ScreenQueries.StationRow> rows = new HashMap<>();
		this.queries.figures(ids, moment, this.radiusMetres).forEach(r -> rows.put(r.stationId(), r));
		Map<Long, Map<String, Map<String, Long>>> groups = new HashMap<>();
		for (ScreenQueries.GroupRow g : this.queries.groups(ids)) {
			groups.computeIfAbsent(g.stationId(), k -> new HashMap<>())
				.computeIfAbsent(g.kind(), k -> new LinkedHashMap<>())
				.put(g.key(), g.count());
		}
		Map<Long, List<StationScreen.CategoryLine>> categories = categories(
				this.queries.categoryHours(ids, moment.now().minusSeconds(24 * 3600)));
		Map<Long, List<ScreenQueries.ClockRow>> clocks = this.queries
			.questioningClocks(ids, moment.now(), CLOCKS * ids.size())
			.stream()
			.collect(Collectors.groupingBy(ScreenQueries.ClockRow::stationId));
		Map<Long, StationScreen.Patrol> patrol = patrol(scope, ids, moment);
		List<StationScreen> screens = new ArrayList<>();
		for (Long id : ids) {
			ScreenQueries.StationRow row = rows.get(id);
			if (row == null) {
				continue;
			}
			Map<String, Map<String, Long>> g = groups.getOrDefault(id, Map.of());
			List<ScreenQueries.ClockRow> c = clocks.getOrDefault(id, List.of());
			screens.add(new StationScreen(row, g.getOrDefault("unit", Map.of()), g.getOrDefault("stage", Map.of()),
					g.getOrDefault("dispute", Map.of()), categories.getOrDefault(id, List.of()),
					c.subList(0, Math.min(CLOCKS, c.size())),
					patrol.getOrDefault(id, new StationScreen.Patrol(0, 0, 0))));
		}
		return screens;
	}

	public Instant now() {
		return this.clock.instant();
	}

	ScreenQueries.Moment moment() {
		ZonedDateTime now = ZonedDateTime.now(this.clock.withZone(StationTime.ZONE));
		LocalDate today = now.toLocalDate();
		return new ScreenQueries.Moment(now.toInstant(), today, now.toLocalTime(),
				today.atStartOfDay(StationTime.ZONE).toInstant(),
				today.plusDays(1).atStartOfDay(StationTime.ZONE).toInstant(), now.toInstant().minus(this.urgentAfter));
	}

	static Map<Long, List<StationScreen.CategoryLine>> categories(List<ScreenQueries.CategoryHourRow> rows) {
		Map<Long, Map<String, StationScreen.CategoryLine>> byStation = new LinkedHashMap<>();
		for (ScreenQueries.CategoryHourRow r : rows) {
			StationScreen.CategoryLine line = byStation.computeIfAbsent(r.stationId(), k -> new LinkedHashMap<>())
				.computeIfAbsent(r.categoryCode(), k -> new StationScreen.CategoryLine(k, r.category(), new long[24]));
			line.byHour()[r.hour()] += r.count();
		}
		Map<Long, List<StationScreen.CategoryLine>> result = new HashMap<>();
		byStation.forEach((k, v) -> result.put(k, List.copyOf(v.values())));
		return result;
	}

	/**
	 * Today's passes so far per station from the patrol feature's compliance (its rules
	 * for windows, late passes and padding): the passes due are those of the windows that
	 * have ended, plus the passes already made in a window still running; windows still
	 * to come count nothing yet (issue 16: at 09:00 the whole day's passes made the
	 * figure look like 20 %).
	 */
	private Map<Long, StationScreen.Patrol> patrol(Scope scope, List<Long> ids, ScreenQueries.Moment moment) {
		Scope reach = (ids.size() == 1) ? Scope.station(ids.get(0)) : scope;
		ComplianceReport report = this.compliance.soFar(reach, moment.now());
		Map<Long, Long> planStation = new HashMap<>();
		for (PatrolPlan p : this.plans.list(reach)) {
			planStation.put(p.getId(), p.getStationId());
		}
		Map<Long, int[]> sums = new HashMap<>();
		for (PlanDay day : report.days()) {
			Long station = planStation.get(day.planId());
			if (station == null || !ids.contains(station)) {
				continue;
			}
			int[] s = sums.computeIfAbsent(station, k -> new int[3]);
			s[0]++;
			s[1] += day.expected();
			s[2] += day.onTime() + day.late();
		}
		Map<Long, StationScreen.Patrol> result = new HashMap<>();
		sums.forEach((k, s) -> result.put(k, new StationScreen.Patrol(s[0], s[1], s[2])));
		return result;
	}

}
