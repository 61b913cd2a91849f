package org.stationops.patrol;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.stationops.officers.OfficerService;
import org.stationops.shared.RuleViolationException;
import org.stationops.shared.Scope;
import org.stationops.shared.StationTime;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Compliance of the scope's plans for a period (at most a year), from their shifts'
 * check-ins: see {@link Compliance} for what counts.
 */
@Service
@Transactional(readOnly = true)
public class ComplianceService {

	private final PatrolPlanService plans;

	private final PatrolShiftRepository shifts;

	private final CheckpointRepository checkpoints;

	private final PatrolUnitRepository units;

	private final OfficerService officers;

	private final VideoPassRepository videoPasses;

	ComplianceService(PatrolPlanService plans, PatrolShiftRepository shifts, CheckpointRepository checkpoints,
			PatrolUnitRepository units, OfficerService officers, VideoPassRepository videoPasses) {
		this.videoPasses = videoPasses;
		this.officers = officers;
		this.plans = plans;
		this.shifts = shifts;
		this.checkpoints = checkpoints;
		this.units = units;
	}

	/**
	 * @param planId one plan, or {@literal null} for every plan in the scope.
	 */
	public ComplianceReport report(Scope scope, LocalDate from, LocalDate to, @Nullable Long planId) {
		return report(scope, from, to, planId, null);
	}

	/**
	 * Today so far, for the station screen: the day of {@code now} in station time,
	 * counting only what was due by then (see
	 * {@link Compliance#of(PatrolPlan, LocalDate, List, java.time.ZoneId, LocalTime)}).
	 */
	public ComplianceReport soFar(Scope scope, Instant now) {
		ZonedDateTime at = now.atZone(StationTime.ZONE);
		return report(scope, at.toLocalDate(), at.toLocalDate(), null, at.toLocalTime());
	}

	private ComplianceReport report(Scope scope, LocalDate from, LocalDate to, @Nullable Long planId,
			@Nullable LocalTime until) {
		if (to.isBefore(from)) {
			throw RuleViolationException.onField("to", "patrol.compliance.toBeforeFrom");
		}
		if (from.plusYears(1).isBefore(to)) {
			throw RuleViolationException.onField("to", "patrol.compliance.tooLong");
		}
		List<PatrolPlan> chosen = (planId != null) ? List.of(this.plans.get(scope, planId)) : this.plans.list(scope);
		Map<Long, PatrolPlan> byId = chosen.stream().collect(Collectors.toMap(PatrolPlan::getId, p -> p));
		List<PatrolShift> periodShifts = chosen.isEmpty() ? List.of()
				: this.shifts.findWithCheckInsByPlans(byId.keySet(), from.atStartOfDay(StationTime.ZONE).toInstant(),
						to.plusDays(1).atStartOfDay(StationTime.ZONE).toInstant());
		Set<Long> checkpointIds = chosen.stream()
			.flatMap(p -> p.getCheckpointIds().stream())
			.collect(Collectors.toSet());
		Map<Long, Checkpoint> positions = checkpointIds.isEmpty() ? Map.of()
				: this.checkpoints.findByIdIn(checkpointIds)
					.stream()
					.collect(Collectors.toMap(Checkpoint::getId, c -> c));
		Map<Long, Map<LocalDate, List<Compliance.Pass>>> passes = new HashMap<>();
		for (PatrolShift shift : periodShifts) {
			for (CheckIn checkIn : shift.getCheckIns()) {
				Checkpoint c = positions.get(checkIn.getCheckpointId());
				if (c == null) {
					continue;
				}
				passes.computeIfAbsent(shift.getPlanId(), k -> new HashMap<>())
					.computeIfAbsent(LocalDate.ofInstant(checkIn.getAt(), StationTime.ZONE), k -> new ArrayList<>())
					.add(new Compliance.Pass(c.getId(), checkIn.getAt(), c.getLatitude(), c.getLongitude()));
			}
		}
		List<Long> videoPlans = chosen.stream().filter(p -> p.getKind().isVideo()).map(PatrolPlan::getId).toList();
		List<VideoPass> looks = videoPlans.isEmpty() ? List.of()
				: this.videoPasses.findByPlanIdInAndAtGreaterThanEqualAndAtLessThanOrderByAt(videoPlans,
						from.atStartOfDay(StationTime.ZONE).toInstant(),
						to.plusDays(1).atStartOfDay(StationTime.ZONE).toInstant());
		for (VideoPass look : looks) {
			// a camera is looked through from the desk: no travel, so no position to
			// check
			passes.computeIfAbsent(look.getPlanId(), k -> new HashMap<>())
				.computeIfAbsent(LocalDate.ofInstant(look.getAt(), StationTime.ZONE), k -> new ArrayList<>())
				.add(new Compliance.Pass(look.getCameraId(), look.getAt(), 0, 0));
		}
		List<PlanDay> days = new ArrayList<>();
		Map<Long, PlanDay> byPlan = new LinkedHashMap<>();
		for (PatrolPlan plan : chosen) {
			for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
				List<Compliance.Pass> dayPasses = passes.getOrDefault(plan.getId(), Map.of())
					.getOrDefault(day, List.of());
				if (!plan.isActiveOn(day) && dayPasses.isEmpty()) {
					continue;
				}
				PlanDay planDay = Compliance.of(plan, day, dayPasses, StationTime.ZONE, until);
				days.add(planDay);
				byPlan.merge(plan.getId(), planDay, PlanDay::plus);
			}
		}
		Map<Long, String> unitNames = new HashMap<>();
		Set<Long> unitIds = chosen.stream().map(PatrolPlan::getUnitId).collect(Collectors.toSet());
		periodShifts.forEach(s -> unitIds.add(s.getUnitId()));
		Map<Long, PatrolUnit> unitsById = unitIds.isEmpty() ? Map.of()
				: this.units.findByIdIn(unitIds).stream().collect(Collectors.toMap(PatrolUnit::getId, u -> u));
		unitsById.values().forEach(u -> unitNames.put(u.getId(), u.getName()));
		Map<Long, PlanDay> byUnit = new TreeMap<>();
		byPlan.values().forEach(total -> byUnit.merge(total.unitId(), total, PlanDay::plus));
		List<ComplianceReport.UnitTotal> unitTotals = byUnit.entrySet()
			.stream()
			.map(e -> new ComplianceReport.UnitTotal(e.getKey(), unitNames.getOrDefault(e.getKey(), ""), e.getValue()))
			.sorted(Comparator.comparing(ComplianceReport.UnitTotal::unitName))
			.toList();
		return new ComplianceReport(from, to, days, List.copyOf(byPlan.values()), unitTotals,
				officerTotals(days, periodShifts, looks, chosen), volunteerHours(periodShifts, unitsById));
	}

	private List<ComplianceReport.OfficerTotal> officerTotals(List<PlanDay> days, List<PatrolShift> shifts,
			List<VideoPass> looks, List<PatrolPlan> plans) {
		Map<List<Object>, Set<String>> who = new HashMap<>();
		for (PatrolShift s : shifts) {
			who.computeIfAbsent(List.of(s.getPlanId(), LocalDate.ofInstant(s.getStartedAt(), StationTime.ZONE)),
					k -> new java.util.TreeSet<>())
				.add(s.getStartedBy());
		}
		for (VideoPass look : looks) {
			who.computeIfAbsent(List.of(look.getPlanId(), LocalDate.ofInstant(look.getAt(), StationTime.ZONE)),
					k -> new java.util.TreeSet<>())
				.add(look.getRecordedBy());
		}
		Map<String, PlanDay> byOfficer = new TreeMap<>();
		for (PlanDay d : days) {
			for (String username : who.getOrDefault(List.of(d.planId(), d.day()), Set.of())) {
				byOfficer.merge(username, d, PlanDay::plus);
			}
		}
		Map<String, String> names = new HashMap<>();
		if (!byOfficer.isEmpty()) {
			// one read for every station of the plans, not one per station
			this.officers.activeAtAny(plans.stream().map(PatrolPlan::getStationId).collect(Collectors.toSet()))
				.forEach(o -> names.put(o.getUsername(), o.getDisplayName()));
		}
		return byOfficer.entrySet()
			.stream()
			.map(e -> new ComplianceReport.OfficerTotal(e.getKey(), names.getOrDefault(e.getKey(), e.getKey()),
					e.getValue()))
			.toList();
	}

	private static List<ComplianceReport.VolunteerHours> volunteerHours(List<PatrolShift> shifts,
			Map<Long, PatrolUnit> units) {
		Map<List<Object>, List<PatrolShift>> groups = shifts.stream()
			.filter(s -> !s.isOpen() && units.containsKey(s.getUnitId())
					&& units.get(s.getUnitId()).getKind().isVolunteerTeam())
			.collect(Collectors.groupingBy(s -> List.of(s.getUnitId(),
					YearMonth.from(LocalDate.ofInstant(s.getStartedAt(), StationTime.ZONE)))));
		return groups.entrySet().stream().map(e -> {
			Long unitId = (Long) e.getKey().get(0);
			YearMonth month = (YearMonth) e.getKey().get(1);
			BigDecimal hours = e.getValue()
				.stream()
				.map(PatrolShift::volunteerHours)
				.reduce(BigDecimal.ZERO, BigDecimal::add);
			return new ComplianceReport.VolunteerHours(unitId, units.get(unitId).getName(), month, e.getValue().size(),
					hours);
		})
			.sorted(Comparator.comparing(ComplianceReport.VolunteerHours::unitName)
				.thenComparing(ComplianceReport.VolunteerHours::month))
			.toList();
	}

}
