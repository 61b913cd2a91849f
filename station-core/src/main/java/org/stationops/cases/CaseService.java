package org.stationops.cases;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.stationops.calendar.CalendarChanged;
import org.stationops.shared.RuleViolationException;
import org.stationops.shared.Scope;
import org.springframework.context.event.EventListener;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cases: opening, editing, stage moves the handling officer makes alone, suspects,
 * particulars, timeline notes, the case clock's pauses, and the hooks police mediation
 * (issue 4) drives. Decisions that need approval go through {@link CaseReviewService}.
 */
@Service
@Transactional(readOnly = true)
public class CaseService {

	private final CaseSupport support;

	private final CaseQueries queries;

	private final CaseRecordRepository.Suspects suspects;

	private final CaseRecordRepository.Particulars particulars;

	private final org.stationops.stations.StationStaff staff;

	CaseService(CaseSupport support, CaseQueries queries, CaseRecordRepository.Suspects suspects,
			CaseRecordRepository.Particulars particulars, org.stationops.stations.StationStaff staff) {
		this.support = support;
		this.queries = queries;
		this.suspects = suspects;
		this.particulars = particulars;
		this.staff = staff;
	}

	public Page<CaseFile> list(Scope scope, CaseFilter filter, Pageable pageable) {
		return this.queries.search(scope.stationId(), filter, pageable);
	}

	/**
	 * @return the cases with these ids that the scope reaches, by id, in one query.
	 */
	public java.util.Map<Long, CaseFile> byIds(Scope scope, java.util.Collection<Long> ids) {
		java.util.Map<Long, CaseFile> found = new java.util.HashMap<>();
		if (!ids.isEmpty()) {
			this.support.cases.findByIdIn(ids)
				.stream()
				.filter(c -> scope.allows(c.getStationId()))
				.forEach(c -> found.put(c.getId(), c));
		}
		return found;
	}

	public CaseFile get(Scope scope, Long id) {
		return this.support.get(scope, id);
	}

	/**
	 * @return the case opened from an incident, if any, within the scope.
	 */
	public Optional<CaseFile> findByIncident(Scope scope, Long incidentId) {
		return this.support.cases.findFirstByIncidentIdOrderByIdAsc(incidentId)
			.filter(c -> scope.allows(c.getStationId()));
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
			Optional<CaseFile> earlier = this.support.cases.findByStationIdAndSubmissionKey(stationId, submissionKey);
			if (earlier.isPresent()) {
				return earlier.get();
			}
		}
		checkAmounts(details);
		checkLeadOfficer(stationId, details);
		CaseFile caseFile = this.support.cases.save(new CaseFile(stationId, nextNumber(stationId, details), details,
				incidentId, submissionKey, this.support.now()));
		java.time.Instant now = this.support.now();
		this.support.log(caseFile, actor, EventType.OPENED, caseFile.getCaseNumber(), null,
				details.acceptedAt().isBefore(now) ? details.acceptedAt() : now);
		return this.support.recompute(caseFile);
	}

	@Transactional
	public CaseFile update(Scope scope, Long id, long expectedVersion, CaseDetails details, CaseActor actor) {
		CaseFile caseFile = get(scope, id);
		if (caseFile.getVersion() != expectedVersion) {
			throw new RuleViolationException("common.error.staleVersion");
		}
		if (caseFile.getStage().isTerminal()) {
			throw new RuleViolationException("cases.error.closed");
		}
		if (details.kind() != caseFile.getKind() && caseFile.getStage() != CaseStage.ACCEPTED) {
			throw RuleViolationException.onField("kind", "cases.error.kindFixed");
		}
		checkAmounts(details);
		checkLeadOfficer(caseFile.getStationId(), details);
		List<String> changed = caseFile.details()
			.asMap()
			.entrySet()
			.stream()
			.filter(e -> !e.getValue().equals(details.asMap().get(e.getKey())))
			.map(java.util.Map.Entry::getKey)
			.toList();
		caseFile.apply(details);
		this.support.log(caseFile, actor, EventType.EDITED, String.join(",", changed), null);
		return this.support.recompute(caseFile);
	}

	/**
	 * Moves a case to a stage that needs no approval (调查, 破案).
	 */
	@Transactional
	public CaseFile advance(Scope scope, Long id, CaseStage target, CaseActor actor) {
		CaseFile caseFile = get(scope, id);
		if (target.needsReview()) {
			throw new RuleViolationException("cases.error.needsReview");
		}
		checkTransition(caseFile, target);
		move(caseFile, target, actor, null);
		return this.support.recompute(caseFile);
	}

	/**
	 * Records a stage a case reached at a past time, without the review queue: for taking
	 * over records from an earlier system (and for demo data). The move must still be a
	 * legal transition.
	 */
	@Transactional
	public CaseFile importStage(Scope scope, Long id, CaseStage target, java.time.Instant at, CaseActor actor) {
		CaseFile caseFile = get(scope, id);
		checkTransition(caseFile, target);
		CaseStage from = caseFile.getStage();
		caseFile.moveTo(target, at);
		this.support.log(caseFile, actor, EventType.STAGE_CHANGED, from + "->" + target + " (import)", null, at);
		return this.support.recompute(caseFile);
	}

	void move(CaseFile caseFile, CaseStage target, CaseActor actor, @Nullable String publicNote) {
		checkTransition(caseFile, target);
		CaseStage from = caseFile.getStage();
		caseFile.moveTo(target, this.support.now());
		this.support.log(caseFile, actor, EventType.STAGE_CHANGED, from + "->" + target, publicNote);
	}

	/**
	 * The lead officer must be an active officer of the case's station.
	 */
	private void checkLeadOfficer(Long stationId, CaseDetails details) {
		if (this.staff.activeAt(stationId).stream().noneMatch(m -> m.id().equals(details.leadOfficerId()))) {
			throw RuleViolationException.onField("leadOfficerId", "cases.error.officerNotAtStation");
		}
	}

	static void checkTransition(CaseFile caseFile, CaseStage target) {
		if (!caseFile.getStage().canMoveTo(caseFile.getKind(), target)) {
			throw new RuleViolationException("cases.error.illegalTransition",
					new DefaultMessageSourceResolvable("cases.stage." + caseFile.getStage()),
					new DefaultMessageSourceResolvable("cases.stage." + target));
		}
	}

	@Transactional
	public Suspect addSuspect(Scope scope, Long caseId, String name, String idNumber, SuspectStatus status,
			CaseActor actor) {
		CaseFile caseFile = get(scope, caseId);
		Suspect suspect = this.suspects.save(new Suspect(caseFile, name, idNumber, status, this.support.now()));
		this.support.log(caseFile, actor, EventType.SUSPECT_ADDED, name + ":" + status, null);
		return suspect;
	}

	@Transactional
	public Suspect changeSuspectStatus(Scope scope, Long suspectId, SuspectStatus status, CaseActor actor) {
		Suspect suspect = this.suspects.findById(suspectId)
			.filter(s -> scope.allows(s.getStationId()))
			.orElseThrow(() -> CaseNotFoundException.forId(suspectId));
		CaseFile caseFile = get(scope, suspect.getCaseId());
		SuspectStatus from = suspect.getStatus();
		suspect.changeStatus(status, this.support.now());
		this.support.log(caseFile, actor, EventType.SUSPECT_STATUS, suspect.getName() + ":" + from + "->" + status,
				null);
		return this.suspects.save(suspect);
	}

	public List<Suspect> suspects(Scope scope, Long caseId) {
		get(scope, caseId);
		return this.suspects.findByCaseIdOrderById(caseId);
	}

	public Suspect suspect(Scope scope, Long suspectId) {
		return this.suspects.findById(suspectId)
			.filter(s -> scope.allows(s.getStationId()))
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
			.save(new CaseParticular(caseFile, kind, description, amount, region, this.support.now()));
		this.support.log(caseFile, actor, EventType.PARTICULAR_ADDED, kind + ":" + description, null);
		return particular;
	}

	public List<CaseParticular> particulars(Scope scope, Long caseId) {
		get(scope, caseId);
		return this.particulars.findByCaseIdOrderById(caseId);
	}

	/**
	 * Adds a note to the timeline; a public note is shown to the reporter on the public
	 * tracking page.
	 */
	@Transactional
	public void addNote(Scope scope, Long caseId, String text, boolean isPublic, CaseActor actor) {
		CaseFile caseFile = get(scope, caseId);
		this.support.log(caseFile, actor, EventType.NOTE, text, isPublic ? text : null);
	}

	public List<CaseEvent> timeline(Scope scope, Long caseId) {
		get(scope, caseId);
		return this.support.events.findByCaseIdOrderByOccurredAtAscIdAsc(caseId);
	}

	public List<ClockPause> pauses(Scope scope, Long caseId) {
		get(scope, caseId);
		return this.support.pauses.findByCaseIdOrderByStartedOn(caseId);
	}

	public List<CaseExtension> extensions(Scope scope, Long caseId) {
		get(scope, caseId);
		return this.support.extensions.findByCaseIdOrderByApprovedAt(caseId);
	}

	/**
	 * Stops the case clock for a forensic appraisal or a hearing (not counted in the time
	 * limit, 治安管理处罚法 2025 第118条第2款).
	 */
	@Transactional
	public CaseFile pauseClock(Scope scope, Long caseId, PauseReason reason, LocalDate from, CaseActor actor) {
		CaseFile caseFile = get(scope, caseId);
		if (caseFile.getKind() != CaseKind.ADMINISTRATIVE || caseFile.getClockStartedOn() == null
				|| caseFile.getStage().isTerminal()) {
			throw new RuleViolationException("cases.error.noClock");
		}
		if (openPause(caseFile).isPresent()) {
			throw new RuleViolationException("cases.error.alreadyPaused");
		}
		if (from.isBefore(caseFile.getClockStartedOn())) {
			throw RuleViolationException.onField("day", "cases.error.pauseBeforeStart");
		}
		this.support.pauses.save(new ClockPause(caseFile, reason, from));
		this.support.log(caseFile, actor, EventType.CLOCK_PAUSED, reason + ":" + from, null);
		return this.support.recompute(caseFile);
	}

	@Transactional
	public CaseFile resumeClock(Scope scope, Long caseId, LocalDate on, CaseActor actor) {
		CaseFile caseFile = get(scope, caseId);
		ClockPause pause = openPause(caseFile).orElseThrow(() -> new RuleViolationException("cases.error.notPaused"));
		if (on.isBefore(pause.getStartedOn())) {
			throw RuleViolationException.onField("day", "cases.error.resumeBeforePause");
		}
		pause.end(on);
		this.support.pauses.save(pause);
		this.support.log(caseFile, actor, EventType.CLOCK_RESUMED, pause.getReason() + ":" + on, null);
		return this.support.recompute(caseFile);
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
		if (caseFile.getKind() != CaseKind.ADMINISTRATIVE || caseFile.getStage().isTerminal()
				|| caseFile.getClockStartedOn() == null) {
			throw new RuleViolationException("cases.error.notMediable");
		}
		openPause(caseFile).ifPresent(p -> {
			p.end(day);
			this.support.pauses.save(p);
		});
		caseFile.restartClock(day);
		this.support.log(caseFile, CaseActor.system(), EventType.MEDIATION_FAILED, day.toString(), null);
		return this.support.recompute(caseFile);
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
		if (caseFile.getKind() != CaseKind.ADMINISTRATIVE || caseFile.getStage() == CaseStage.ACCEPTED
				|| caseFile.getStage().isTerminal() || caseFile.getStage() == CaseStage.PUNISHMENT_DECIDED) {
			throw new RuleViolationException("cases.error.notMediable");
		}
		openPause(caseFile).ifPresent(p -> {
			p.end(performedOn);
			this.support.pauses.save(p);
		});
		CaseStage from = caseFile.getStage();
		caseFile.moveTo(CaseStage.CLOSED, this.support.now());
		this.support.log(caseFile, actor, EventType.STAGE_CHANGED, from + "->CLOSED:mediation " + agreementReference,
				null);
		return this.support.recompute(caseFile);
	}

	/**
	 * @return when the stored deadlines must follow a calendar edit.
	 */
	@EventListener
	@Transactional
	public void on(CalendarChanged event) {
		DeadlineEngine engine = this.support.engine();
		this.support.cases.findByStageNotIn(List.of(CaseStage.NOT_FILED, CaseStage.CLOSED, CaseStage.WITHDRAWN))
			.forEach(c -> this.support.recompute(c, engine));
	}

	private Optional<ClockPause> openPause(CaseFile caseFile) {
		return this.support.pauses.findByCaseIdOrderByStartedOn(caseFile.getId())
			.stream()
			.filter(ClockPause::isOpen)
			.findFirst();
	}

	private void checkAmounts(CaseDetails details) {
		if (details.acceptedAt().isAfter(this.support.now().plusSeconds(300))) {
			throw RuleViolationException.onField("acceptedAt", "cases.error.future");
		}
		if (details.lossAmount().signum() < 0) {
			throw RuleViolationException.onField("lossAmount", "cases.error.negativeAmount");
		}
		if (details.recoveredAmount().signum() < 0) {
			throw RuleViolationException.onField("recoveredAmount", "cases.error.negativeAmount");
		}
	}

	private String nextNumber(Long stationId, CaseDetails details) {
		String prefix = (details.kind() == CaseKind.CRIMINAL ? "X" : "Z")
				+ Year.from(details.acceptedAt().atZone(DeadlineEngine.ZONE)) + "-";
		long seq = this.support.cases.countByStationIdAndCaseNumberStartingWith(stationId, prefix) + 1;
		String number = prefix + String.format("%04d", seq);
		while (this.support.cases.existsByStationIdAndCaseNumber(stationId, number)) {
			seq++;
			number = prefix + String.format("%04d", seq);
		}
		return number;
	}

}
