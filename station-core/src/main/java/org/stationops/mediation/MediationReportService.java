package org.stationops.mediation;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.stationops.shared.RuleViolationException;
import org.stationops.shared.Scope;
import org.stationops.stations.StationService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The supervisors' mediation report for any period and area: disputes by category and
 * source, success rate, days to resolution, follow-up rate and escalations.
 */
@Service
@Transactional(readOnly = true)
public class MediationReportService {

	private final DisputeRepository disputes;

	private final FollowUpRepository followUps;

	private final MediationReferenceRepository reference;

	private final StationService stations;

	MediationReportService(DisputeRepository disputes, FollowUpRepository followUps,
			MediationReferenceRepository reference, StationService stations) {
		this.disputes = disputes;
		this.followUps = followUps;
		this.reference = reference;
		this.stations = stations;
	}

	/**
	 * @param stationId {@literal null} for every station the scope reaches.
	 * @param areaId {@literal null} for the whole station(s).
	 */
	public MediationReport report(Scope scope, @Nullable Long stationId, @Nullable Long areaId, LocalDate from,
			LocalDate to) {
		if (to.isBefore(from)) {
			throw RuleViolationException.onField("to", "mediation.report.toBeforeFrom");
		}
		Long station = scope.stationId() != null ? scope.stationId() : stationId;
		if (station != null) {
			this.stations.get(scope, station);
		}
		if (areaId != null) {
			this.stations.getArea(scope, areaId);
		}
		List<Dispute> disputes = this.disputes.registeredBetween(station, areaId, from, to);
		Map<String, Long> byCategory = new LinkedHashMap<>();
		this.reference.findAllByOrderBySortOrder().forEach(c -> byCategory.put(c.getCode(), 0L));
		Map<DisputeSource, Long> bySource = new EnumMap<>(DisputeSource.class);
		for (DisputeSource s : DisputeSource.values()) {
			bySource.put(s, 0L);
		}
		long agreed = 0;
		long failed = 0;
		long days = 0;
		long escalations = 0;
		for (Dispute d : disputes) {
			byCategory.merge(d.getCategoryCode(), 1L, Long::sum);
			bySource.merge(d.getSource(), 1L, Long::sum);
			if (d.hasAgreement()) {
				agreed++;
			}
			else if (d.getFailedOn() != null) {
				failed++;
			}
			LocalDate resolved = d.resolvedOn();
			if (resolved != null) {
				days += ChronoUnit.DAYS.between(d.getRegisteredOn(), resolved);
			}
			if (d.isEscalated()) {
				escalations++;
			}
		}
		List<FollowUp> followUps = this.followUps.ofDisputesRegisteredBetween(station, areaId, from, to);
		long due = followUps.stream().filter(f -> !f.getDueOn().isAfter(to) || f.isDone()).count();
		long done = followUps.stream().filter(FollowUp::isDone).count();
		long resolvedCount = agreed + failed;
		return new MediationReport(from, to, disputes.size(), byCategory, bySource, agreed, failed,
				disputes.size() - resolvedCount, percent(agreed, resolvedCount),
				resolvedCount == 0 ? null : Math.round(10.0 * days / resolvedCount) / 10.0, due, done,
				percent(done, due), escalations);
	}

	private static @Nullable Double percent(long part, long whole) {
		return whole == 0 ? null : Math.round(1000.0 * part / whole) / 10.0;
	}

}
