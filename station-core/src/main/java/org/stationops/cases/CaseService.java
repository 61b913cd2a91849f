package org.stationops.cases;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.stationops.audit.AuditService;
import org.stationops.calendar.CalendarChanged;
import org.stationops.officers.Officer;
import org.stationops.officers.OfficerService;
import org.stationops.officers.Role;
import org.stationops.shared.NumberSeries;
import org.stationops.shared.RuleViolationException;
import org.stationops.shared.Scope;
import org.stationops.stations.StationStaff;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cases: opening, editing, stage moves the handling officer makes alone, suspects,
 * particulars, timeline notes, the case clock's pauses, and the hooks police mediation
 * (issue 4) drives. Decisions that need approval go through {@link CaseReviewService}.
 * Each command loads the case in scope, calls one verb of {@link CaseFile}, keeps the
 * deadline in step, saves and writes the timeline.
 */
@Service
@Transactional(readOnly = true)
public class CaseService {

	private final CaseRepository cases;

	private final CaseTimeline timeline;

	private final CaseClock clock;

	private final CaseQueries queries;

	private final CaseRecordRepository.Suspects suspects;

	private final CaseRecordRepository.Particulars particulars;

	private final StationStaff staff;

	private final AuditService audit;

	private final OfficerService officers;

	/** The station's counters for numbers, race-free (see {@link NumberSeries}). */
	private final NumberSeries numbers;

	CaseService(CaseRepository cases, CaseTimeline timeline, CaseClock clock, CaseQueries queries,
			CaseRecordRepository.Suspects suspects, CaseRecordRepository.Particulars particulars, StationStaff staff,
			AuditService audit, OfficerService officers, NumberSeries numbers) {
		this.officers = officers;
		this.numbers = numbers;
		this.cases = cases;
		this.timeline = timeline;
		this.clock = clock;
		this.queries = queries;
		this.suspects = suspects;
		this.particulars = particulars;
		this.staff = staff;
		this.audit = audit;
	}

	public Page<CaseFile> list(Scope scope, CaseFilter filter, Pageable pageable) {
		return this.queries.search(scope.stationId(), filter, pageable);
	}

	/**
	 * @return the cases with these ids that the scope reaches, by id, in one query.
	 */
	public Map<Long, CaseFile> byIds(Scope scope, Collection<Long> ids) {
		Map<Long, CaseFile> found = new HashMap<>();
		if (!ids.isEmpty()) {
			this.cases.findByIdIn(ids).stream().filter(scope::reaches).forEach(c -> found.put(c.getId(), c));
		}
		return found;
	}

	public CaseFile get(Scope scope, Long id) {
		return this.cases.getInScope(scope, id);
	}

	/**
	 * @return the cases with this case number (exact, any case) within the scope
	 */
	public List<CaseFile> findByNumber(Scope scope, String caseNumber) {
		return this.cases.findTop20ByCaseNumber(caseNumber.strip().toUpperCase(java.util.Locale.ROOT))
			.stream()
			.filter(scope::reaches)
			.toList();
	}

	/**
	 * @return the case opened from an incident, if any, within the scope.
	 */
	public Optional<CaseFile> findByIncident(Scope scope, Long incidentId) {
		return this.cases.findFirstByIncidentIdOrderByIdAsc(incidentId).filter(scope::reaches);
	}

	/**
	 * Opens a case in stage 受案. A repeated submission with the same key returns the case
	 * the first one opened (double-submit safe).
	 * @param submissionKey a key the form generated once, or {@literal null}.
	 */
	@Transactional
	public CaseFile open(Scope scope, Long stationId, CaseDetails details, CaseActor actor, @Nullable Long incidentId,
			@Nullable String submissionKey) {
		if (!scope.allows(stationId)) {
			throw CaseNotFoundException.forId(-1L);
		}
		this.queries.lockCaseOpening(stationId);
		if (submissionKey != null) {
			Optional<CaseFile> earlier = this.cases.findByStationIdAndSubmissionKey(stationId, submissionKey);
			if (earlier.isPresent()) {
				return earlier.get();
			}
		}
		checkDetails(stationId, details);
		Instant now = this.clock.now();
		CaseFile caseFile = this.cases.save(new CaseFile(stationId, nextNumber(stationId, details), details, incidentId,
				submissionKey, now, supervisorAt(stationId, actor)));
		this.timeline.record(caseFile, actor, EventType.OPENED,
				details.acceptedAt().isBefore(now) ? details.acceptedAt() : now, e -> e.text(caseFile.getCaseNumber()));
		return recomputeAndSave(caseFile);
	}

	/**
	 * Edits a case's facts; refused on a stale version ({@link CaseChangedException}), a
	 * closed case or a kind change after filing. A refusal rolls the edit back.
	 */
	@Transactional
	public CaseFile update(Scope scope, Long id, long expectedVersion, CaseDetails details, CaseActor actor) {
		CaseFile caseFile = get(scope, id);
		List<String> changed = caseFile.edit(expectedVersion, details, supervisorAt(caseFile.getStationId(), actor),
				this.clock.now());
		checkDetails(caseFile.getStationId(), details);
		this.timeline.record(caseFile, actor, EventType.EDITED, e -> e.fields(changed));
		return recomputeAndSave(caseFile);
	}

	/**
	 * @return the actor's id when the actor is an active supervisor of the station: their
	 * own edit is the approval a switch to the complex review or the 30-day track needs.
	 */
	private @Nullable Long supervisorAt(Long stationId, CaseActor actor) {
		Long id = actor.officerId();
		if (id == null) {
			return null;
		}
		Officer officer = this.officers.byIds(List.of(id)).get(id);
		return (officer != null && officer.isActive() && officer.hasRole(Role.SUPERVISOR)
				&& stationId.equals(officer.getStationId())) ? id : null;
	}

	/**
	 * Refuses an acceptance time in the future (five minutes' grace for clocks).
	 */
	public void checkAcceptedAt(Instant acceptedAt) {
		if (acceptedAt.isAfter(this.clock.now().plusSeconds(300))) {
			throw RuleViolationException.onField("acceptedAt", "cases.error.future");
		}
	}

	/**
	 * Moves a case to a stage that needs no approval (调查, 破案).
	 */
	@Transactional
	public CaseFile advance(Scope scope, Long id, CaseStage target, CaseActor actor) {
		return advance(scope, id, target, actor, this.clock.now());
	}

	/**
	 * Moves a case to a stage that needs no approval at a past time, for taking over
	 * records from an earlier system: the same checks as
	 * {@link #advance(Scope, Long, CaseStage, CaseActor)}, and the time lies neither in
	 * the future nor before the case's acceptance.
	 */
	@Transactional
	public CaseFile advance(Scope scope, Long id, CaseStage target, CaseActor actor, Instant at) {
		CaseFile caseFile = get(scope, id);
		boolean past = checkPast(caseFile, at);
		CaseStage from = caseFile.advanceTo(target, at);
		this.timeline.record(caseFile, actor, EventType.STAGE_CHANGED, at, e -> e.stages(from, target).imported(past));
		return recomputeAndSave(caseFile);
	}

	/**
	 * @return whether {@code at} is a past time (more than a minute ago).
	 * @throws RuleViolationException when it lies in the future or before the case's
	 * acceptance.
	 */
	boolean checkPast(CaseFile caseFile, Instant at) {
		Instant now = this.clock.now();
		if (at.isAfter(now.plusSeconds(300)) || at.isBefore(caseFile.getAcceptedAt())) {
			throw new RuleViolationException("cases.error.timeOutOfRange");
		}
		return at.isBefore(now.minusSeconds(60));
	}

	/**
	 * The lead officer must be an active officer of the case's station.
	 */
	private void checkDetails(Long stationId, CaseDetails details) {
		checkAcceptedAt(details.acceptedAt());
		if (details.lossAmount().signum() < 0) {
			throw RuleViolationException.onField("lossAmount", "cases.error.negativeAmount");
		}
		if (details.recoveredAmount().signum() < 0) {
			throw RuleViolationException.onField("recoveredAmount", "cases.error.negativeAmount");
		}
		if (this.staff.activeAt(stationId).stream().noneMatch(m -> m.id().equals(details.leadOfficerId()))) {
			throw RuleViolationException.onField("leadOfficerId", "cases.error.officerNotAtStation");
		}
	}

	@Transactional
	public Suspect addSuspect(Scope scope, Long caseId, String name, String idNumber, SuspectStatus status,
			CaseActor actor) {
		CaseFile caseFile = get(scope, caseId);
		Suspect suspect = this.suspects.save(new Suspect(caseFile, name, idNumber, status, this.clock.now()));
		this.timeline.record(caseFile, actor, EventType.SUSPECT_ADDED, e -> e.text(name).statuses(null, status));
		return suspect;
	}

	/**
	 * Changes the status of a suspect of this case; a suspect of another case is not
	 * found.
	 */
	@Transactional
	public Suspect changeSuspectStatus(Scope scope, Long caseId, Long suspectId, SuspectStatus status,
			CaseActor actor) {
		CaseFile caseFile = get(scope, caseId);
		Suspect suspect = suspectOf(caseFile, suspectId);
		SuspectStatus from = suspect.getStatus();
		suspect.changeStatus(status, this.clock.now());
		this.timeline.record(caseFile, actor, EventType.SUSPECT_STATUS,
				e -> e.text(suspect.getName()).statuses(from, status));
		return this.suspects.save(suspect);
	}

	/**
	 * Records a suspect's arrival (到案) and the ground of 询问查证; its clock runs from there.
	 */
	@Transactional
	public Suspect recordArrival(Scope scope, Long caseId, Long suspectId, Instant arrivedAt, QuestioningGround ground,
			CaseActor actor) {
		CaseFile caseFile = get(scope, caseId);
		Suspect suspect = suspectOf(caseFile, suspectId);
		suspect.recordArrival(arrivedAt, ground, this.clock.now());
		this.timeline.record(caseFile, actor, EventType.SUSPECT_ARRIVED, e -> e.text(suspect.getName()));
		return this.suspects.save(suspect);
	}

	public List<Suspect> suspects(Scope scope, Long caseId) {
		get(scope, caseId);
		return this.suspects.findByCaseIdOrderById(caseId);
	}

	/**
	 * Reads a suspect of this case in full (unmasked ID number) and writes the
	 * personal-data audit entry for that view.
	 * @param username who reads, for the audit log.
	 */
	@Transactional
	public Suspect readSuspectInFull(Scope scope, Long caseId, Long suspectId, String username) {
		CaseFile caseFile = get(scope, caseId);
		Suspect suspect = suspectOf(caseFile, suspectId);
		this.audit.record(suspect.getStationId(), username, AuditService.FULL_VIEW, "case-suspect", suspectId,
				caseFile.getCaseNumber());
		return suspect;
	}

	private Suspect suspectOf(CaseFile caseFile, Long suspectId) {
		return this.suspects.findById(suspectId)
			.filter(s -> s.getCaseId().equals(caseFile.getId()))
			.orElseThrow(() -> CaseNotFoundException.forId(suspectId));
	}

	@Transactional
	public CaseParticular addParticular(Scope scope, Long caseId, ParticularKind kind, String description,
			@Nullable BigDecimal amount, String region, CaseActor actor) {
		CaseFile caseFile = get(scope, caseId);
		if (amount != null && amount.signum() < 0) {
			throw RuleViolationException.onField("amount", "cases.error.negativeAmount");
		}
		CaseParticular particular = this.particulars
			.save(new CaseParticular(caseFile, kind, description, amount, region, this.clock.now()));
		this.timeline.record(caseFile, actor, EventType.PARTICULAR_ADDED,
				e -> e.text(description).particular(kind, amount));
		return particular;
	}

	/**
	 * Adds a note to the timeline; a public note is shown to the reporter on the public
	 * tracking page.
	 */
	@Transactional
	public void addNote(Scope scope, Long caseId, String text, boolean isPublic, CaseActor actor) {
		CaseFile caseFile = get(scope, caseId);
		this.timeline.record(caseFile, actor, EventType.NOTE, e -> e.text(text).publicNote(isPublic ? text : null));
	}

	public List<CaseEvent> timeline(Scope scope, Long caseId) {
		return this.timeline.of(get(scope, caseId));
	}

	/**
	 * Stops the case clock for a forensic appraisal or a hearing (not counted in the time
	 * limit, 治安管理处罚法 2025 第118条第2款).
	 */
	@Transactional
	public CaseFile pauseClock(Scope scope, Long caseId, PauseReason reason, LocalDate from, CaseActor actor) {
		CaseFile caseFile = get(scope, caseId);
		caseFile.pauseClock(reason, from, today());
		this.timeline.record(caseFile, actor, EventType.CLOCK_PAUSED, e -> e.pause(reason).day(from));
		return recomputeAndSave(caseFile);
	}

	/**
	 * Records the offence date (the act, or its end when it continued), from which 追究时效
	 * runs.
	 */
	@Transactional
	public CaseFile recordOffenceDate(Scope scope, Long caseId, LocalDate day, CaseActor actor) {
		CaseFile caseFile = get(scope, caseId);
		caseFile.recordOffenceDate(day, today());
		this.timeline.record(caseFile, actor, EventType.OFFENCE_DATE, e -> e.day(day));
		return this.cases.save(caseFile);
	}

	@Transactional
	public CaseFile resumeClock(Scope scope, Long caseId, LocalDate on, CaseActor actor) {
		CaseFile caseFile = get(scope, caseId);
		ClockPause pause = caseFile.resumeClock(on, today());
		this.timeline.record(caseFile, actor, EventType.CLOCK_RESUMED, e -> e.pause(pause.getReason()).day(on));
		return recomputeAndSave(caseFile);
	}

	/**
	 * Police mediation (治安调解) of an administrative case has begun: the time limit does
	 * not run until mediation fails (行政案件程序规定 第185条第2款).
	 */
	@Transactional
	public CaseFile mediationStarted(Scope scope, Long caseId, LocalDate day) {
		return pauseClock(scope, caseId, PauseReason.MEDIATION, day, CaseActor.system());
	}

	/**
	 * Mediation of an administrative case failed (no agreement, or agreement not
	 * performed): the case goes on and its time limit restarts on {@code day} (行政案件程序规定
	 * 第185条第2款: 调解案件的办案期限从调解未达成协议或者调解达成协议不履行之日起开始计算).
	 */
	@Transactional
	public CaseFile mediationFailed(Scope scope, Long caseId, LocalDate day) {
		CaseFile caseFile = get(scope, caseId);
		caseFile.mediationFailed(day);
		this.timeline.record(caseFile, CaseActor.system(), EventType.MEDIATION_FAILED, e -> e.day(day));
		return recomputeAndSave(caseFile);
	}

	/**
	 * The parties did not perform a police mediation agreement: the case goes on and its
	 * time limit restarts on the day after the agreement's performance deadline (行政案件程序规定
	 * 第185条第2款: 调解达成协议不履行之日起).
	 */
	@Transactional
	public CaseFile agreementNotPerformed(Scope scope, Long caseId, LocalDate performanceDeadline) {
		CaseFile caseFile = get(scope, caseId);
		caseFile.agreementNotPerformed(performanceDeadline);
		this.timeline.record(caseFile, CaseActor.system(), EventType.MEDIATION_FAILED,
				e -> e.day(performanceDeadline.plusDays(1)));
		return recomputeAndSave(caseFile);
	}

	/**
	 * Closes an administrative case without punishment after a police mediation agreement
	 * was reached and performed (治安管理处罚法 第9条; 行政案件程序规定 第185条第1款: 不再处罚).
	 * @param agreementReference the mediation file's number, shown on the timeline.
	 */
	@Transactional
	public CaseFile closeAfterMediation(Scope scope, Long caseId, LocalDate performedOn, String agreementReference,
			CaseActor actor) {
		CaseFile caseFile = get(scope, caseId);
		CaseStage from = caseFile.closeAfterMediation(performedOn, this.clock.now());
		this.timeline.record(caseFile, actor, EventType.STAGE_CHANGED,
				e -> e.stages(from, CaseStage.CLOSED).pause(PauseReason.MEDIATION).reference(agreementReference));
		return recomputeAndSave(caseFile);
	}

	/**
	 * Keeps the stored deadlines of open cases in step with a calendar edit.
	 */
	@EventListener
	@Transactional
	public void on(CalendarChanged event) {
		DeadlineEngine engine = this.clock.engine();
		this.cases.findByStageNotIn(List.of(CaseStage.NOT_FILED, CaseStage.CLOSED, CaseStage.WITHDRAWN)).forEach(c -> {
			this.clock.recompute(c, engine);
			this.cases.save(c);
		});
	}

	private LocalDate today() {
		return this.clock.now().atZone(DeadlineEngine.ZONE).toLocalDate();
	}

	private CaseFile recomputeAndSave(CaseFile caseFile) {
		this.clock.recompute(caseFile);
		return this.cases.save(caseFile);
	}

	private String nextNumber(Long stationId, CaseDetails details) {
		String prefix = (details.kind() == CaseKind.CRIMINAL ? "X" : "Z")
				+ Year.from(details.acceptedAt().atZone(DeadlineEngine.ZONE)) + "-";
		long seq = this.numbers.next(stationId, prefix);
		String number = prefix + String.format("%04d", seq);
		while (this.cases.existsByStationIdAndCaseNumber(stationId, number)) {
			seq = this.numbers.next(stationId, prefix);
			number = prefix + String.format("%04d", seq);
		}
		return number;
	}

}
