package org.stationops.patrol;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.stationops.incidents.Incident;
import org.stationops.incidents.IncidentDetails;
import org.stationops.incidents.IncidentService;
import org.stationops.incidents.IncidentSource;
import org.stationops.servicestations.CoverageQueries;
import org.stationops.servicestations.GeoPoint;
import org.stationops.shared.RuleViolationException;
import org.stationops.shared.Scope;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Shifts: start against a plan, check in by a checkpoint's signed code, report findings
 * as incidents, end with the volunteers' headcount. An officer has at most one open shift
 * and a unit at most one.
 */
@Service
@Transactional(readOnly = true)
public class PatrolShiftService {

	private final PatrolShiftRepository shifts;

	private final PatrolPlanService plans;

	private final CheckpointService checkpoints;

	private final UnitPositions positions;

	private final CoverageQueries distances;

	private final IncidentService incidents;

	private final Clock clock;

	PatrolShiftService(PatrolShiftRepository shifts, PatrolPlanService plans, CheckpointService checkpoints,
			UnitPositions positions, CoverageQueries distances, IncidentService incidents, Clock clock) {
		this.shifts = shifts;
		this.plans = plans;
		this.checkpoints = checkpoints;
		this.positions = positions;
		this.distances = distances;
		this.incidents = incidents;
		this.clock = clock;
	}

	/**
	 * @return the shift with its check-ins and findings read, for a page that renders
	 * after the transaction.
	 */
	@Transactional(readOnly = true)
	public PatrolShift get(Scope scope, Long id) {
		return withCheckIns(this.shifts.findInScope(scope, id).orElseThrow(() -> PatrolNotFoundException.forId(id)));
	}

	/**
	 * @return the officer's open shift with its check-ins and findings read, if any.
	 */
	@Transactional(readOnly = true)
	public java.util.Optional<PatrolShift> openShiftOf(Scope scope, String username) {
		return this.shifts.findFirstByStartedByAndEndedAtIsNull(username)
			.filter(s -> scope.allows(s.getStationId()))
			.map(PatrolShiftService::withCheckIns);
	}

	private static PatrolShift withCheckIns(PatrolShift shift) {
		shift.getCheckIns().size();
		shift.getFindings().size();
		return shift;
	}

	public Page<PatrolShift> recent(Scope scope, Instant from, Instant to, Pageable pageable) {
		return this.shifts.findStarted(scope.stationFilter().orElse(null), from, to, pageable);
	}

	@Transactional
	public PatrolShift start(Scope scope, Long planId, String username, String participants) {
		PatrolPlan plan = this.plans.get(scope, planId);
		if (this.shifts.findFirstByStartedByAndEndedAtIsNull(username).isPresent()) {
			throw new RuleViolationException("patrol.shift.alreadyOpen");
		}
		if (this.shifts.existsByUnitIdAndEndedAtIsNull(plan.getUnitId())) {
			throw new RuleViolationException("patrol.shift.unitBusy");
		}
		return this.shifts.saveAndFlush(new PatrolShift(plan, username, participants, this.clock.instant()));
	}

	/**
	 * Checks the officer in at the checkpoint a code names.
	 * @param atCheckpoint the checkpoint whose page the code was opened on, or
	 * {@literal null} for a typed code.
	 * @param position the phone's position, or {@literal null} when not shared.
	 * @throws RuleViolationException for a forged, expired or other checkpoint's code,
	 * without an open shift, or for a checkpoint not on the shift's plan.
	 */
	@Transactional
	public CheckedIn checkIn(Scope scope, String username, String code, @Nullable Long atCheckpoint,
			@Nullable GeoPoint position) {
		Checkpoint checkpoint = this.checkpoints.resolve(scope, code, atCheckpoint);
		PatrolShift shift = openShiftOf(scope, username)
			.orElseThrow(() -> new RuleViolationException("patrol.checkIn.noOpenShift"));
		Integer distance = (position != null) ? (int) Math.round(this.distances.distanceMetres(position,
				new GeoPoint(checkpoint.getLatitude(), checkpoint.getLongitude()))) : null;
		CheckIn checkIn = shift.checkIn(this.plans.get(scope, shift.getPlanId()), checkpoint.getId(),
				this.clock.instant(), (position != null) ? position.latitude() : null,
				(position != null) ? position.longitude() : null, distance);
		this.shifts.saveAndFlush(shift);
		if (position != null) {
			this.positions.record(shift.getUnitId(), position, this.clock.instant());
		}
		return new CheckedIn(checkpoint, checkIn);
	}

	/**
	 * A check-in and the checkpoint it was at.
	 */
	public record CheckedIn(Checkpoint checkpoint, CheckIn checkIn) {

	}

	/**
	 * Registers what the patrol found as an incident (source 巡逻发现) and notes it on the
	 * shift, in one transaction.
	 */
	@Transactional
	public Incident reportFinding(Scope scope, Long shiftId, String username, String reporterName, String categoryCode,
			String location, String description, @Nullable GeoPoint position) {
		PatrolShift shift = get(scope, shiftId);
		if (!shift.isOpen()) {
			throw new RuleViolationException("patrol.shift.ended");
		}
		if (description.isBlank()) {
			throw RuleViolationException.onField("description", "patrol.finding.descriptionRequired");
		}
		Instant now = this.clock.instant();
		Incident incident = this.incidents.register(scope, shift.getStationId(),
				new IncidentDetails(now, IncidentSource.PATROL, categoryCode, location, null,
						(position != null) ? BigDecimal.valueOf(position.latitude()) : null,
						(position != null) ? BigDecimal.valueOf(position.longitude()) : null, reporterName, "", "",
						description),
				null, null, username);
		shift.addFinding(description, incident.getId(), now);
		this.shifts.saveAndFlush(shift);
		return incident;
	}

	/**
	 * Enters a shift from a paper patrol log (补录): started, checked in at the plan's
	 * checkpoints and ended at the logged times, all in the past, through the same rules
	 * as a live shift.
	 */
	@Transactional
	public PatrolShift enterFromLog(Scope scope, Long planId, String username, String participants, Instant startedAt,
			List<LoggedPass> passes, Instant endedAt, int volunteerHeadcount, String notes) {
		if (endedAt.isAfter(this.clock.instant())) {
			throw RuleViolationException.onField("endedAt", "patrol.shift.logInFuture");
		}
		PatrolPlan plan = this.plans.get(scope, planId);
		PatrolShift shift = new PatrolShift(plan, username, participants, startedAt);
		for (LoggedPass pass : passes) {
			shift.checkIn(plan, pass.checkpointId(), pass.at(), null, null, null);
		}
		shift.end(endedAt, volunteerHeadcount, notes);
		return this.shifts.save(shift);
	}

	/**
	 * A pass written in a paper log.
	 */
	public record LoggedPass(Long checkpointId, Instant at) {

	}

	@Transactional
	public PatrolShift end(Scope scope, Long shiftId, long expectedVersion, int volunteerHeadcount, String notes) {
		PatrolShift shift = get(scope, shiftId);
		if (shift.getVersion() != expectedVersion) {
			throw new RuleViolationException("patrol.edit.conflict");
		}
		shift.end(this.clock.instant(), volunteerHeadcount, notes);
		return this.shifts.saveAndFlush(shift);
	}

}
