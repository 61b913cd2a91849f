package org.stationops.servicestations;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.stationops.incidents.Incident;
import org.stationops.incidents.IncidentDetails;
import org.stationops.incidents.IncidentService;
import org.stationops.incidents.IncidentSource;
import org.stationops.shared.RuleViolationException;
import org.stationops.shared.Scope;
import org.stationops.shared.StationTime;
import org.stationops.stations.StationService;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The service log (服务日志) of the service stations within the caller's {@link Scope}: quick
 * entries, an alarm that opens an incident in the same transaction, and the counts per
 * station and period.
 */
@Service
@Transactional(readOnly = true)
public class ServiceLogService {

	private final ServiceLogRepository entries;

	private final ServiceStationService serviceStations;

	private final StationService stations;

	private final IncidentService incidents;

	private final Clock clock;

	ServiceLogService(ServiceLogRepository entries, ServiceStationService serviceStations, StationService stations,
			IncidentService incidents, Clock clock) {
		this.entries = entries;
		this.serviceStations = serviceStations;
		this.stations = stations;
		this.incidents = incidents;
		this.clock = clock;
	}

	/**
	 * Records an entry; with an incident category, an alarm also registers an incident
	 * (source 治安防控服务站, the station's position and area) and links it, all or nothing. A
	 * second call with the same {@code formToken} returns the first entry.
	 */
	@Transactional
	public ServiceLogEntry record(Scope scope, ServiceLogRequest request, @Nullable String formToken, String username) {
		if (formToken != null) {
			Optional<ServiceLogEntry> earlier = this.entries.findByFormToken(formToken);
			if (earlier.isPresent() && scope.allows(earlier.get().getStationId())) {
				return earlier.get();
			}
		}
		ServiceStation serviceStation = this.serviceStations.get(scope, request.serviceStationId());
		String note = request.note().trim();
		ServiceLogEntry entry = new ServiceLogEntry(serviceStation, request.kind(), request.occurredAt(),
				request.people(), note, username, this.clock.instant(), formToken);
		String category = request.incidentCategory();
		if (category != null && !category.isBlank()) {
			if (!request.kind().opensIncidents()) {
				throw RuleViolationException.onField("openIncident", "servicestations.log.incidentOnlyForAlarm");
			}
			String description = serviceStation.getName() + "：" + (note.isEmpty() ? "快速报警" : note);
			Incident incident = this.incidents.register(scope, serviceStation.getStationId(),
					new IncidentDetails(request.occurredAt(), IncidentSource.SERVICE_STATION, category,
							serviceStation.getName() + " · " + serviceStation.getAddress(), serviceStation.getAreaId(),
							java.math.BigDecimal.valueOf(serviceStation.getLatitude()),
							java.math.BigDecimal.valueOf(serviceStation.getLongitude()), "", "", "", description),
					null, null, username);
			entry.linkIncident(java.util.Objects.requireNonNull(incident.getId()));
		}
		return this.entries.saveAndFlush(entry);
	}

	/**
	 * @return the police station's latest entries first.
	 */
	public Page<ServiceLogEntry> recent(Scope scope, Long stationId, Pageable pageable) {
		this.stations.get(scope, stationId);
		return this.entries.findByStationIdOrderByOccurredAtDesc(stationId, pageable);
	}

	/**
	 * @return the entries per service station and kind from {@code from} to {@code to}
	 * (both days included, station time); every service station of the police station has
	 * a row, also one that logged nothing.
	 */
	public ServiceLogTally tally(Scope scope, Long stationId, LocalDate from, LocalDate to) {
		if (to.isBefore(from)) {
			throw RuleViolationException.onField("to", "servicestations.log.period");
		}
		List<ServiceStation> all = this.serviceStations.of(scope, stationId);
		Map<Long, Map<ServiceLogKind, Long>> counts = new HashMap<>();
		Map<Long, Long> people = new HashMap<>();
		Map<ServiceLogKind, Long> totals = ServiceLogTally.zeros();
		long entries = 0;
		long served = 0;
		for (ServiceLogCount c : this.entries.countsBetween(stationId, from.atStartOfDay(StationTime.ZONE).toInstant(),
				to.plusDays(1).atStartOfDay(StationTime.ZONE).toInstant())) {
			counts.computeIfAbsent(c.serviceStationId(), k -> ServiceLogTally.zeros())
				.merge(c.kind(), c.entries(), Long::sum);
			people.merge(c.serviceStationId(), c.people(), Long::sum);
			totals.merge(c.kind(), c.entries(), Long::sum);
			entries += c.entries();
			served += c.people();
		}
		List<ServiceLogTally.Row> rows = new ArrayList<>();
		for (ServiceStation s : all) {
			Map<ServiceLogKind, Long> row = counts.getOrDefault(s.getId(), ServiceLogTally.zeros());
			rows.add(new ServiceLogTally.Row(s.getId(), s.getName(), row,
					row.values().stream().mapToLong(Long::longValue).sum(), people.getOrDefault(s.getId(), 0L)));
		}
		return new ServiceLogTally(from, to, rows, totals, entries, served);
	}

}
