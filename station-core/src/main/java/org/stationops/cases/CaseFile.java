package org.stationops.cases;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;
import org.stationops.shared.AbstractEntity;
import org.stationops.shared.RuleViolationException;
import org.stationops.shared.StationScoped;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A case (案件). Named CaseFile because {@code case} is a Java keyword. The case owns its
 * lifecycle: its verbs (package-private, called by {@link CaseService} and
 * {@link CaseReviewService}) check their own preconditions and refuse an illegal move
 * with a {@link RuleViolationException} carrying the message key. The clock's pauses and
 * the approved extensions are parts of the case.
 */
@Entity
@Table(name = "cases")
public class CaseFile extends AbstractEntity implements StationScoped {

	private Long stationId = 0L;

	private String caseNumber = "";

	private String title = "";

	@Enumerated(EnumType.STRING)
	private CaseKind kind = CaseKind.ADMINISTRATIVE;

	@Enumerated(EnumType.STRING)
	private CaseStage stage = CaseStage.ACCEPTED;

	private @Nullable String categoryCode;

	private @Nullable Long incidentId;

	private String summary = "";

	private Long leadOfficerId = 0L;

	private String team = "";

	private Instant acceptedAt = Instant.EPOCH;

	private boolean complex;

	@Enumerated(EnumType.STRING)
	private FilingTrack filingTrack = FilingTrack.STANDARD;

	private @Nullable LocalDate filedOn;

	private @Nullable LocalDate clockStartedOn;

	private @Nullable LocalDate offenceDate;

	private BigDecimal lossAmount = BigDecimal.ZERO;

	private BigDecimal recoveredAmount = BigDecimal.ZERO;

	private @Nullable Instant deadlineAt;

	private boolean clockPaused;

	private boolean reviewPending;

	private @Nullable Instant closedAt;

	private Instant createdAt = Instant.EPOCH;

	private @Nullable String submissionKey;

	private @Nullable Long complexApprovedBy;

	private @Nullable Instant complexApprovedAt;

	private @Nullable Long trackApprovedBy;

	private @Nullable Instant trackApprovedAt;

	@Embedded
	private Penalty penalty = Penalty.NONE;

	@OneToMany(cascade = CascadeType.ALL)
	@JoinColumn(name = "case_id", insertable = false, updatable = false)
	@OrderBy("startedOn, id")
	private List<ClockPause> pauses = new ArrayList<>();

	@OneToMany(cascade = CascadeType.ALL)
	@JoinColumn(name = "case_id", insertable = false, updatable = false)
	@OrderBy("approvedAt, id")
	private List<CaseExtension> extensions = new ArrayList<>();

	protected CaseFile() {
	}

	/**
	 * @param approvingSupervisor the supervisor whose approval the opening officer's
	 * choice of the complex review or the 30-day criminal track carries, {@literal null}
	 * if none.
	 */
	CaseFile(Long stationId, String caseNumber, CaseDetails details, @Nullable Long incidentId,
			@Nullable String submissionKey, Instant now, @Nullable Long approvingSupervisor) {
		this.stationId = stationId;
		this.caseNumber = caseNumber;
		this.incidentId = incidentId;
		this.submissionKey = submissionKey;
		this.createdAt = now;
		approveSwitches(details, approvingSupervisor, now);
		apply(details);
	}

	CaseFile(Long stationId, String caseNumber, CaseDetails details, @Nullable Long incidentId,
			@Nullable String submissionKey, Instant now) {
		this(stationId, caseNumber, details, incidentId, submissionKey, now, null);
	}

	void apply(CaseDetails details) {
		this.title = details.title();
		this.kind = details.kind();
		this.categoryCode = details.categoryCode();
		this.summary = details.summary();
		this.leadOfficerId = details.leadOfficerId();
		this.team = details.team();
		this.acceptedAt = details.acceptedAt();
		this.complex = details.complex();
		this.filingTrack = details.filingTrack();
		this.lossAmount = details.lossAmount();
		this.recoveredAmount = details.recoveredAmount();
	}

	public CaseDetails details() {
		return new CaseDetails(this.title, this.kind, this.categoryCode, this.summary, this.leadOfficerId, this.team,
				this.acceptedAt, this.complex, this.filingTrack, this.lossAmount, this.recoveredAmount);
	}

	/**
	 * Edits the case's facts.
	 * @return the names of the fields that changed.
	 */
	List<String> edit(long expectedVersion, CaseDetails details) {
		return edit(expectedVersion, details, null, this.createdAt);
	}

	/**
	 * Edits the case's facts. Switching to the complex acceptance review or to the 30-day
	 * criminal filing track needs a supervisor's approval, recorded on the case.
	 * @param approvingSupervisor the supervisor approving such a switch, {@literal null}
	 * if none.
	 * @return the names of the fields that changed.
	 */
	List<String> edit(long expectedVersion, CaseDetails details, @Nullable Long approvingSupervisor, Instant at) {
		if (getVersion() != expectedVersion) {
			throw new CaseChangedException();
		}
		requireOpen();
		if (details.kind() != this.kind && this.stage != CaseStage.ACCEPTED) {
			throw RuleViolationException.onField("kind", "cases.error.kindFixed");
		}
		Map<String, String> after = details.asMap();
		List<String> changed = details().asMap()
			.entrySet()
			.stream()
			.filter(e -> !e.getValue().equals(after.get(e.getKey())))
			.map(Map.Entry::getKey)
			.toList();
		approveSwitches(details, approvingSupervisor, at);
		apply(details);
		return changed;
	}

	private void approveSwitches(CaseDetails details, @Nullable Long approvingSupervisor, Instant at) {
		boolean toComplex = details.complex() && !this.complex;
		boolean toLongTrack = details.filingTrack() == FilingTrack.MAJOR_COMPLEX
				&& this.filingTrack != FilingTrack.MAJOR_COMPLEX;
		if ((toComplex || toLongTrack) && approvingSupervisor == null) {
			throw RuleViolationException.onField(toComplex ? "complex" : "filingTrack",
					"cases.error.supervisorApprovalRequired");
		}
		if (toComplex) {
			this.complexApprovedBy = approvingSupervisor;
			this.complexApprovedAt = at;
		}
		if (toLongTrack) {
			this.trackApprovedBy = approvingSupervisor;
			this.trackApprovedAt = at;
		}
	}

	/**
	 * A move the handling officer makes alone (调查, 破案).
	 * @return the stage the case left.
	 */
	CaseStage advanceTo(CaseStage target, Instant at) {
		if (target.needsReview()) {
			throw new RuleViolationException("cases.error.needsReview");
		}
		return move(target, at);
	}

	/**
	 * Submits a decision to the review queue: refused while another decision is pending,
	 * when the case cannot take that step now, or (for an extension) when the case has no
	 * running clock, the extensions are used up or the approval of the level above is
	 * missing.
	 */
	void submitForReview(Decision decision, DecisionFacts facts, Instant now) {
		if (this.reviewPending) {
			throw new RuleViolationException("cases.review.alreadyPending");
		}
		if (decision == Decision.EXTENSION) {
			requireExtensible();
			checkExtension(facts, now);
		}
		else {
			requireTransition(java.util.Objects.requireNonNull(decision.target()));
			if (decision == Decision.PUNISHMENT) {
				checkPenalty(facts);
			}
		}
		this.reviewPending = true;
	}

	/**
	 * An extension needs the approval of the level above with its document number and
	 * date (not in the future, hence not after the last day either), applied for while
	 * the time limit still runs: after the deadline it is refused.
	 */
	private void checkExtension(DecisionFacts facts, Instant now) {
		if (facts.approvalReference().isBlank()) {
			throw RuleViolationException.onField("approvalReference", "cases.extension.approvalRequired");
		}
		LocalDate approvedOn = facts.approvalDate();
		if (approvedOn == null) {
			throw RuleViolationException.onField("approvalDate", "cases.extension.approvalDateRequired");
		}
		if (approvedOn.isAfter(now.atZone(DeadlineEngine.ZONE).toLocalDate())) {
			throw RuleViolationException.onField("approvalDate", "cases.error.dayInFuture");
		}
		if (this.deadlineAt != null && now.isAfter(this.deadlineAt)) {
			throw new RuleViolationException("cases.extension.late");
		}
	}

	/**
	 * A punishment decision carries its penalty, within the law that governs the case
	 * (chosen by its acceptance date, {@link PunishmentLaw#of}): a fine within the 派出所's
	 * authority, detention of 1 to 20 days, 责令停业整顿 only under the 2025 law, and the
	 * hearing notice recorded when the penalty reaches the 听证 threshold.
	 */
	private void checkPenalty(DecisionFacts facts) {
		Penalty p = facts.penalty();
		PunishmentLaw law = law();
		if (p.isEmpty()) {
			throw RuleViolationException.onField("warning", "cases.penalty.required");
		}
		if (p.fine() != null && p.fine().signum() <= 0) {
			throw RuleViolationException.onField("fine", "cases.penalty.fine");
		}
		if (p.fine() != null && p.fine().compareTo(law.stationFineLimit()) > 0) {
			throw RuleViolationException.onField("fine", "cases.penalty.fineAboveAuthority", law.stationFineLimit(),
					new DefaultMessageSourceResolvable(law.messageKey()), law.stationFineArticle());
		}
		if (p.detentionDays() != null && (p.detentionDays() < 1 || p.detentionDays() > Penalty.MAX_DETENTION_DAYS)) {
			throw RuleViolationException.onField("detentionDays", "cases.penalty.detentionDays",
					Penalty.MAX_DETENTION_DAYS);
		}
		if (p.businessSuspended() && !law.knowsBusinessSuspension()) {
			throw RuleViolationException.onField("businessSuspended", "cases.penalty.notUnderLaw",
					new DefaultMessageSourceResolvable(law.messageKey()));
		}
		if (law.needsHearingNotice(p) && !facts.hearingNoticed()) {
			throw RuleViolationException.onField("hearingNoticed", "cases.penalty.hearingNoticeRequired",
					new DefaultMessageSourceResolvable(law.messageKey()), law.hearingArticle());
		}
	}

	/**
	 * @return the 治安管理处罚法 that governs this case, by its acceptance date.
	 */
	public PunishmentLaw law() {
		return PunishmentLaw.of(this.acceptedAt);
	}

	/**
	 * The pending decision was returned to the officer.
	 */
	void decisionReturned() {
		this.reviewPending = false;
	}

	/**
	 * The pending decision was approved: the case takes the step.
	 * @return the stage the case left.
	 */
	CaseStage decisionApproved(Decision decision, Penalty penalty, Instant at) {
		this.reviewPending = false;
		CaseStage from = move(java.util.Objects.requireNonNull(decision.target()), at);
		if (decision == Decision.PUNISHMENT) {
			this.penalty = penalty;
		}
		return from;
	}

	/**
	 * The pending extension was approved: the time limit grows by
	 * {@link DeadlineEngine#EXTENSION_DAYS}.
	 */
	CaseExtension extend(String approvalReference, @Nullable LocalDate approvedOn, Instant at) {
		this.reviewPending = false;
		requireExtensible();
		CaseExtension extension = new CaseExtension(this, DeadlineEngine.EXTENSION_DAYS, approvalReference, approvedOn,
				at);
		this.extensions.add(extension);
		return extension;
	}

	/**
	 * Stops the clock for an appraisal, a hearing or mediation (not counted in the time
	 * limit, 治安管理处罚法 2025 第118条第2款). Only one pause is open at a time.
	 */
	ClockPause pauseClock(PauseReason reason, LocalDate from, LocalDate today) {
		requireClock();
		requireNotFuture(from, today);
		if (openPause().isPresent()) {
			throw new RuleViolationException("cases.error.alreadyPaused");
		}
		if (from.isBefore(java.util.Objects.requireNonNull(this.clockStartedOn))) {
			throw RuleViolationException.onField("day", "cases.error.pauseBeforeStart");
		}
		ClockPause pause = new ClockPause(this, reason, from);
		this.pauses.add(pause);
		return pause;
	}

	/**
	 * Records the day of the act, or of its end when it continued, from which 追究时效 runs;
	 * never in the future.
	 */
	void recordOffenceDate(LocalDate day, LocalDate today) {
		requireOpen();
		if (day.isAfter(today)) {
			throw RuleViolationException.onField("offenceDate", "cases.error.dayInFuture");
		}
		this.offenceDate = day;
	}

	public @Nullable LocalDate getOffenceDate() {
		return this.offenceDate;
	}

	/**
	 * @return for an administrative case with an offence date, the last day on which
	 * discovering the act still allows punishment (追究时效, 6 months; 2012 第22条, 2025 第25条);
	 * otherwise {@literal null}.
	 */
	public @Nullable LocalDate getLimitationLastDay() {
		LocalDate day = this.offenceDate;
		return (day != null && this.kind == CaseKind.ADMINISTRATIVE) ? DeadlineEngine.limitation(day) : null;
	}

	/**
	 * @return whether the case was accepted after its 追究时效 ran out: the act may no longer
	 * be punished.
	 */
	public boolean isBeyondLimitation() {
		LocalDate last = getLimitationLastDay();
		return last != null && this.acceptedAt.atZone(DeadlineEngine.ZONE).toLocalDate().isAfter(last);
	}

	ClockPause resumeClock(LocalDate on, LocalDate today) {
		ClockPause pause = openPause().orElseThrow(() -> new RuleViolationException("cases.error.notPaused"));
		requireNotFuture(on, today);
		if (on.isBefore(pause.getStartedOn())) {
			throw RuleViolationException.onField("day", "cases.error.resumeBeforePause");
		}
		pause.end(on);
		return pause;
	}

	/**
	 * Police mediation failed (no agreement, or agreement not performed): an open pause
	 * ends and the time limit restarts on {@code day} (行政案件程序规定 第185条第2款).
	 */
	void mediationFailed(LocalDate day) {
		if (this.kind != CaseKind.ADMINISTRATIVE || this.stage.isTerminal() || this.clockStartedOn == null) {
			throw new RuleViolationException("cases.error.notMediable");
		}
		openPause().ifPresent(p -> p.end(day));
		this.clockStartedOn = day;
	}

	/**
	 * The parties did not perform the mediation agreement: the time limit restarts on the
	 * day after the agreement's performance deadline, the day it was not performed (程序规定
	 * 第185条第2款).
	 */
	void agreementNotPerformed(LocalDate performanceDeadline) {
		mediationFailed(performanceDeadline.plusDays(1));
	}

	/**
	 * Closes an administrative case without punishment after a performed mediation
	 * agreement (治安管理处罚法 第9条; 行政案件程序规定 第185条第1款).
	 * @return the stage the case left.
	 */
	CaseStage closeAfterMediation(LocalDate performedOn, Instant at) {
		if (!isMediable()) {
			throw new RuleViolationException("cases.error.notMediable");
		}
		openPause().ifPresent(p -> p.end(performedOn));
		CaseStage from = this.stage;
		enter(CaseStage.CLOSED, at);
		return from;
	}

	/**
	 * @return whether a mediation agreement may close this case: administrative, filed,
	 * open and not yet decided.
	 */
	public boolean isMediable() {
		return this.kind == CaseKind.ADMINISTRATIVE && this.stage != CaseStage.ACCEPTED && !this.stage.isTerminal()
				&& this.stage != CaseStage.PUNISHMENT_DECIDED;
	}

	/**
	 * @return the decisions the handling officer may submit now.
	 */
	public List<Decision> possibleDecisions() {
		List<Decision> decisions = new ArrayList<>(
				this.stage.next(this.kind).stream().map(CaseStage::decision).filter(d -> d != null).toList());
		if (this.clockStartedOn != null && !this.stage.isTerminal() && this.stage != CaseStage.PUNISHMENT_DECIDED) {
			decisions.add(Decision.EXTENSION);
		}
		return decisions;
	}

	/**
	 * @return the stages the handling officer may move to without review.
	 */
	public List<CaseStage> possibleAdvances() {
		return this.stage.next(this.kind).stream().filter(s -> !s.needsReview()).toList();
	}

	private CaseStage move(CaseStage target, Instant at) {
		requireTransition(target);
		CaseStage from = this.stage;
		enter(target, at);
		return from;
	}

	private void enter(CaseStage target, Instant at) {
		if (target == CaseStage.FILED) {
			LocalDate day = at.atZone(DeadlineEngine.ZONE).toLocalDate();
			this.filedOn = day;
			this.clockStartedOn = day;
		}
		if (target.isTerminal()) {
			this.closedAt = at;
		}
		this.stage = target;
	}

	private void requireTransition(CaseStage target) {
		if (!this.stage.canMoveTo(this.kind, target)) {
			throw new RuleViolationException("cases.error.illegalTransition",
					new DefaultMessageSourceResolvable("cases.stage." + this.stage),
					new DefaultMessageSourceResolvable("cases.stage." + target));
		}
	}

	private static void requireNotFuture(LocalDate day, LocalDate today) {
		if (day.isAfter(today)) {
			throw RuleViolationException.onField("day", "cases.error.dayInFuture");
		}
	}

	private void requireOpen() {
		if (this.stage.isTerminal()) {
			throw new RuleViolationException("cases.error.closed");
		}
	}

	private void requireClock() {
		if (this.kind != CaseKind.ADMINISTRATIVE || this.clockStartedOn == null || this.stage.isTerminal()) {
			throw new RuleViolationException("cases.error.noClock");
		}
	}

	private void requireExtensible() {
		requireClock();
		if (this.extensions.size() >= law().maxExtensions()) {
			throw new RuleViolationException("cases.extension.tooMany", law().maxExtensions());
		}
	}

	private Optional<ClockPause> openPause() {
		return this.pauses.stream().filter(ClockPause::isOpen).findFirst();
	}

	/**
	 * @return what the deadline engine needs to know about this case's clock.
	 */
	DeadlineEngine.ClockFacts clockFacts() {
		return new DeadlineEngine.ClockFacts(this.kind, this.stage, this.acceptedAt, this.complex, this.filingTrack,
				this.filedOn, this.clockStartedOn, this.extensions.size(),
				this.pauses.stream().map(ClockPause::asPause).toList());
	}

	public Penalty getPenalty() {
		return this.penalty;
	}

	public @Nullable Long getComplexApprovedBy() {
		return this.complexApprovedBy;
	}

	public @Nullable Instant getComplexApprovedAt() {
		return this.complexApprovedAt;
	}

	public @Nullable Long getTrackApprovedBy() {
		return this.trackApprovedBy;
	}

	public @Nullable Instant getTrackApprovedAt() {
		return this.trackApprovedAt;
	}

	public List<ClockPause> getPauses() {
		return Collections.unmodifiableList(this.pauses);
	}

	public List<CaseExtension> getExtensions() {
		return Collections.unmodifiableList(this.extensions);
	}

	void showDeadline(DeadlineEngine.@Nullable Deadline deadline) {
		this.deadlineAt = (deadline != null) ? deadline.dueAt() : null;
		this.clockPaused = deadline != null && deadline.paused();
	}

	public Long getStationId() {
		return this.stationId;
	}

	public String getCaseNumber() {
		return this.caseNumber;
	}

	public String getTitle() {
		return this.title;
	}

	public CaseKind getKind() {
		return this.kind;
	}

	public CaseStage getStage() {
		return this.stage;
	}

	public @Nullable String getCategoryCode() {
		return this.categoryCode;
	}

	/**
	 * @return the key the opening submitted under (a form's, {@code incident-<id>} or
	 * {@code fraud-warning-<id>}), or {@literal null}.
	 */
	public @Nullable String getSubmissionKey() {
		return this.submissionKey;
	}

	public @Nullable Long getIncidentId() {
		return this.incidentId;
	}

	public String getSummary() {
		return this.summary;
	}

	public Long getLeadOfficerId() {
		return this.leadOfficerId;
	}

	public String getTeam() {
		return this.team;
	}

	public Instant getAcceptedAt() {
		return this.acceptedAt;
	}

	public boolean isComplex() {
		return this.complex;
	}

	public FilingTrack getFilingTrack() {
		return this.filingTrack;
	}

	public @Nullable LocalDate getFiledOn() {
		return this.filedOn;
	}

	public @Nullable LocalDate getClockStartedOn() {
		return this.clockStartedOn;
	}

	public BigDecimal getLossAmount() {
		return this.lossAmount;
	}

	public BigDecimal getRecoveredAmount() {
		return this.recoveredAmount;
	}

	public @Nullable Instant getDeadlineAt() {
		return this.deadlineAt;
	}

	public boolean isClockPaused() {
		return this.clockPaused;
	}

	public boolean isReviewPending() {
		return this.reviewPending;
	}

	public @Nullable Instant getClosedAt() {
		return this.closedAt;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public DeadlineStatus deadlineStatus(Instant now) {
		return DeadlineEngine.status(this.deadlineAt, now);
	}

	public boolean hasClock() {
		return this.deadlineAt != null || this.clockPaused;
	}

}
