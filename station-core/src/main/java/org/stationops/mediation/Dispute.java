package org.stationops.mediation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;
import org.stationops.shared.AbstractEntity;
import org.stationops.shared.RuleViolationException;
import org.stationops.shared.StationScoped;
import org.stationops.shared.StationTime;

/**
 * A dispute file (矛盾纠纷, 一事一卷). Its parties, mediators, sessions and follow-up visits are
 * kept in their own tables; every change to them touches the file, so its version guards
 * against concurrent edits of the whole file.
 */
@Entity
@Table(name = "disputes")
public class Dispute extends AbstractEntity implements StationScoped {

	/** Days after a failure within which the referral is followed up. */
	public static final int FAILURE_FOLLOW_UP_DAYS = 7;

	private Long stationId = 0L;

	private String fileNumber = "";

	@Enumerated(EnumType.STRING)
	private DisputeKind kind = DisputeKind.PEOPLE;

	@Enumerated(EnumType.STRING)
	private DisputeSource source = DisputeSource.WALK_IN;

	private String categoryCode = "";

	private String title = "";

	private String summary = "";

	private String place = "";

	private @Nullable Long areaId;

	private int headcount;

	@Enumerated(EnumType.STRING)
	private RiskGrade riskGrade = RiskGrade.BLUE;

	private boolean escalated;

	private String escalationReason = "";

	private @Nullable Long incidentId;

	private @Nullable Long caseId;

	private @Nullable String offenceCode;

	private @Nullable String groundCode;

	private LocalDate registeredOn = LocalDate.EPOCH;

	private Long registeredBy = 0L;

	@Enumerated(EnumType.STRING)
	private DisputeStatus status = DisputeStatus.OPEN;

	private @Nullable LocalDate agreementReachedOn;

	private @Nullable String agreementFacts;

	private @Nullable String agreementResponsibilities;

	private @Nullable String agreementTerms;

	private @Nullable BigDecimal agreementAmount;

	private @Nullable String performanceManner;

	private @Nullable LocalDate performanceDeadline;

	private @Nullable Boolean performed;

	private @Nullable LocalDate performedOn;

	private @Nullable LocalDate failedOn;

	private @Nullable String failureReason;

	@Enumerated(EnumType.STRING)
	private @Nullable Referral referral;

	private @Nullable LocalDate closureRequestedOn;

	private @Nullable String closureReturnReason;

	private @Nullable LocalDate closedOn;

	private @Nullable Long closedBy;

	private Instant createdAt = Instant.EPOCH;

	private Instant updatedAt = Instant.EPOCH;

	protected Dispute() {
	}

	Dispute(Long stationId, String fileNumber, DisputeDetails details, Long registeredBy, Instant now) {
		this.stationId = stationId;
		this.fileNumber = fileNumber;
		this.kind = details.kind();
		this.incidentId = details.incidentId();
		this.caseId = details.caseId();
		this.offenceCode = details.offenceCode();
		this.groundCode = details.groundCode();
		this.registeredOn = details.registeredOn();
		this.registeredBy = registeredBy;
		this.createdAt = now;
		this.riskGrade = details.riskGrade();
		this.escalated = details.escalated();
		this.escalationReason = details.escalationReason();
		describe(details, now);
	}

	void touch(Instant now) {
		this.updatedAt = now;
	}

	/**
	 * Refuses an edit made from an older version of the file.
	 */
	void checkVersion(long version) {
		if (getVersion() != version) {
			throw new RuleViolationException("common.error.staleVersion");
		}
	}

	/**
	 * Refuses a change that needs the mediation still open (parties, mediators, sessions,
	 * outcome).
	 */
	void requireOpen() {
		if (this.status != DisputeStatus.OPEN) {
			throw new RuleViolationException("mediation.error.notOpen");
		}
	}

	/**
	 * Corrects what was registered (source, category, subject, summary, place, area,
	 * headcount); the kind, linked case, risk and registration date stay. A closed file
	 * is not corrected.
	 */
	void correct(DisputeDetails details, Instant now) {
		if (this.status == DisputeStatus.CLOSED) {
			throw new RuleViolationException("mediation.error.closed");
		}
		describe(details, now);
	}

	private void describe(DisputeDetails details, Instant now) {
		this.source = details.source();
		this.categoryCode = details.categoryCode();
		this.title = details.title();
		this.summary = details.summary();
		this.place = details.place();
		this.areaId = details.areaId();
		this.headcount = details.headcount();
		touch(now);
	}

	/**
	 * Sets the risk grade; a newly escalated file turns red. An escalation needs a
	 * reason.
	 * @return whether the file is newly escalated (the notice goes out).
	 */
	boolean changeRisk(RiskGrade grade, boolean escalated, String reason, Instant now) {
		if (escalated && reason.isBlank()) {
			throw RuleViolationException.onField("escalationReason", "mediation.escalation.reasonRequired");
		}
		boolean newlyEscalated = escalated && !this.escalated;
		this.riskGrade = newlyEscalated ? RiskGrade.RED : grade;
		this.escalated = escalated;
		this.escalationReason = escalated ? reason : "";
		touch(now);
		return newlyEscalated;
	}

	/**
	 * Adds a party while the mediation is open.
	 */
	Party addParty(PartyDetails details, Instant now) {
		requireOpen();
		touch(now);
		return new Party(this, details);
	}

	/**
	 * Assigns an officer or an outside contact (exactly one of them), once, while the
	 * mediation is open. Whether they belong to the station is the caller's check.
	 */
	MediatorAssignment assignMediator(@Nullable Long officerId, @Nullable Long contactId,
			List<MediatorAssignment> current, Instant now) {
		requireOpen();
		if ((officerId == null) == (contactId == null)) {
			throw new RuleViolationException("mediation.mediator.chooseOne");
		}
		if (current.stream()
			.anyMatch(m -> (officerId != null) ? officerId.equals(m.getOfficerId())
					: Objects.equals(contactId, m.getContactId()))) {
			throw new RuleViolationException("mediation.mediator.duplicate");
		}
		touch(now);
		return new MediatorAssignment(this, officerId, contactId);
	}

	/**
	 * Records that a session was held: while open, not before registration nor in the
	 * future, and for police mediation within its working-day limits.
	 * @param held the days of the sessions held so far.
	 */
	void recordSession(LocalDate heldOn, List<LocalDate> held, WorkingDayCalendar calendar, Instant now) {
		recordSession(heldOn, held, null, calendar, now);
	}

	/**
	 * Records that a session was held, the first police session's limit counting from the
	 * linked case's acceptance (see {@link #firstSessionStart}).
	 * @param caseAcceptedOn the day the linked case was accepted (受理), if any.
	 */
	void recordSession(LocalDate heldOn, List<LocalDate> held, @Nullable LocalDate caseAcceptedOn,
			WorkingDayCalendar calendar, Instant now) {
		requireOpen();
		if (heldOn.isBefore(this.registeredOn)) {
			throw RuleViolationException.onField("heldOn", "mediation.session.beforeRegistration",
					this.registeredOn.toString());
		}
		requireNotFuture(heldOn, "heldOn", now);
		if (isPolice()) {
			PoliceMediationRules.checkSession(firstSessionStart(caseAcceptedOn), held, heldOn, calendar);
		}
		touch(now);
	}

	/**
	 * @return the day the first 治安调解 session's 3 working days run from: the linked case's
	 * acceptance (受理) when known, else the registration (治安调解工作规范 第9条).
	 * @param caseAcceptedOn the day the linked case was accepted, if any.
	 */
	public LocalDate firstSessionStart(@Nullable LocalDate caseAcceptedOn) {
		return PoliceMediationRules.firstSessionStart((caseAcceptedOn != null) ? caseAcceptedOn : this.registeredOn,
				null);
	}

	/**
	 * Records the agreement once a session was held and it carries every required
	 * content.
	 * @return the follow-up visit, due on the performance deadline.
	 */
	FollowUp recordAgreement(Agreement agreement, List<MediationSession> sessions, List<Party> parties,
			int mediatorCount, Instant now) {
		requireOpen();
		if (sessions.isEmpty()) {
			throw new RuleViolationException("mediation.agreement.sessionRequired");
		}
		LocalDate lastSession = sessions.stream().map(MediationSession::getHeldOn).max(LocalDate::compareTo).get();
		if (agreement.reachedOn().isBefore(lastSession)) {
			throw RuleViolationException.onField("reachedOn", "mediation.agreement.beforeSession",
					lastSession.toString());
		}
		requireNotFuture(agreement.reachedOn(), "reachedOn", now);
		PeopleMediationRules.checkContents(agreement, parties, mediatorCount);
		this.status = DisputeStatus.AGREED;
		this.agreementReachedOn = agreement.reachedOn();
		this.agreementFacts = agreement.facts();
		this.agreementResponsibilities = agreement.responsibilities();
		this.agreementTerms = agreement.terms();
		this.agreementAmount = agreement.amount();
		this.performanceManner = agreement.performanceManner();
		this.performanceDeadline = agreement.performanceDeadline();
		touch(now);
		return new FollowUp(this, agreement.performanceDeadline());
	}

	/**
	 * Records a failed mediation and where it is referred; only police mediation lets the
	 * case continue.
	 * @return the follow-up visit of the referral.
	 */
	FollowUp recordFailure(LocalDate day, String reason, Referral referral, Instant now) {
		requireOpen();
		if (day.isBefore(this.registeredOn)) {
			throw RuleViolationException.onField("failedOn", "mediation.failure.beforeRegistration",
					this.registeredOn.toString());
		}
		requireNotFuture(day, "failedOn", now);
		if (!isPolice() && referral == Referral.CASE_CONTINUES) {
			throw RuleViolationException.onField("referral", "mediation.failure.caseOnlyForPolice");
		}
		this.status = DisputeStatus.FAILED;
		this.failedOn = day;
		this.failureReason = reason;
		this.referral = referral;
		touch(now);
		return new FollowUp(this, day.plusDays(FAILURE_FOLLOW_UP_DAYS));
	}

	/**
	 * Completes a follow-up visit of this file, after its outcome. After an agreement the
	 * visit says whether it was performed; the first such visit records the performance.
	 * @return whether this visit recorded the performance ({@link #getPerformed()}).
	 */
	boolean completeFollowUp(FollowUp followUp, LocalDate doneOn, @Nullable Boolean performed, String outcome,
			Satisfaction satisfaction, Long officerId, Instant now) {
		if (this.status != DisputeStatus.AGREED && this.status != DisputeStatus.FAILED) {
			throw new RuleViolationException("mediation.followUp.noOutcome");
		}
		if (followUp.isDone()) {
			throw new RuleViolationException("mediation.followUp.alreadyDone");
		}
		LocalDate resolvedOn = Objects.requireNonNull(resolvedOn());
		if (doneOn.isBefore(resolvedOn)) {
			throw RuleViolationException.onField("doneOn", "mediation.followUp.beforeOutcome", resolvedOn.toString());
		}
		requireNotFuture(doneOn, "doneOn", now);
		if (hasAgreement() && performed == null) {
			throw RuleViolationException.onField("performed", "mediation.followUp.performedRequired");
		}
		followUp.complete(doneOn, hasAgreement() ? performed : null, outcome, satisfaction, officerId);
		touch(now);
		if (hasAgreement() && this.performed == null) {
			this.performed = Boolean.TRUE.equals(performed);
			this.performedOn = doneOn;
			return true;
		}
		return false;
	}

	/**
	 * Asks for closure (销号): only after the outcome and once every follow-up visit is
	 * done.
	 */
	void requestClosure(List<FollowUp> followUps, Instant now) {
		if (this.status != DisputeStatus.AGREED && this.status != DisputeStatus.FAILED) {
			throw new RuleViolationException("mediation.closure.noOutcome");
		}
		if (followUps.isEmpty() || !followUps.stream().allMatch(FollowUp::isDone)) {
			throw new RuleViolationException("mediation.closure.followUpRequired");
		}
		this.status = DisputeStatus.CLOSURE_REQUESTED;
		this.closureRequestedOn = today(now);
		this.closureReturnReason = null;
		touch(now);
	}

	/**
	 * A supervisor approves the requested closure.
	 */
	void approveClosure(Long supervisorId, Instant now) {
		requireClosureRequested();
		this.status = DisputeStatus.CLOSED;
		this.closedOn = today(now);
		this.closedBy = supervisorId;
		touch(now);
	}

	/**
	 * A supervisor returns the requested closure with a reason; the file goes back to its
	 * outcome.
	 */
	void returnClosure(String reason, Instant now) {
		requireClosureRequested();
		if (reason.isBlank()) {
			throw RuleViolationException.onField("reason", "mediation.closure.reasonRequired");
		}
		this.status = (this.agreementReachedOn != null) ? DisputeStatus.AGREED : DisputeStatus.FAILED;
		this.closureReturnReason = reason;
		this.closureRequestedOn = null;
		touch(now);
	}

	private void requireClosureRequested() {
		if (this.status != DisputeStatus.CLOSURE_REQUESTED) {
			throw new RuleViolationException("mediation.closure.notRequested");
		}
	}

	private static void requireNotFuture(LocalDate day, String field, Instant now) {
		if (day.isAfter(today(now))) {
			throw RuleViolationException.onField(field, "mediation.date.future");
		}
	}

	private static LocalDate today(Instant now) {
		return LocalDate.ofInstant(now, StationTime.ZONE);
	}

	/**
	 * @return the day the mediation ended (agreement or failure), if it has.
	 */
	public @Nullable LocalDate resolvedOn() {
		return (this.agreementReachedOn != null) ? this.agreementReachedOn : this.failedOn;
	}

	public boolean isPolice() {
		return this.kind == DisputeKind.POLICE;
	}

	public boolean hasOutcome() {
		return this.status != DisputeStatus.OPEN;
	}

	public boolean hasAgreement() {
		return this.agreementReachedOn != null;
	}

	/**
	 * @return for people's mediation, the last day to ask a court to confirm the
	 * agreement (人民调解法 第33条: 30 days from its taking effect), else {@literal null}.
	 */
	public @Nullable LocalDate judicialConfirmationDeadline() {
		return (this.kind == DisputeKind.PEOPLE && this.agreementReachedOn != null)
				? PeopleMediationRules.confirmationDeadline(this.agreementReachedOn) : null;
	}

	public Long getStationId() {
		return this.stationId;
	}

	public String getFileNumber() {
		return this.fileNumber;
	}

	public DisputeKind getKind() {
		return this.kind;
	}

	public DisputeSource getSource() {
		return this.source;
	}

	public String getCategoryCode() {
		return this.categoryCode;
	}

	public String getTitle() {
		return this.title;
	}

	public String getSummary() {
		return this.summary;
	}

	public String getPlace() {
		return this.place;
	}

	public @Nullable Long getAreaId() {
		return this.areaId;
	}

	public int getHeadcount() {
		return this.headcount;
	}

	public RiskGrade getRiskGrade() {
		return this.riskGrade;
	}

	public boolean isEscalated() {
		return this.escalated;
	}

	public String getEscalationReason() {
		return this.escalationReason;
	}

	public @Nullable Long getIncidentId() {
		return this.incidentId;
	}

	public @Nullable Long getCaseId() {
		return this.caseId;
	}

	public @Nullable String getOffenceCode() {
		return this.offenceCode;
	}

	public @Nullable String getGroundCode() {
		return this.groundCode;
	}

	public LocalDate getRegisteredOn() {
		return this.registeredOn;
	}

	public Long getRegisteredBy() {
		return this.registeredBy;
	}

	public DisputeStatus getStatus() {
		return this.status;
	}

	public @Nullable LocalDate getAgreementReachedOn() {
		return this.agreementReachedOn;
	}

	public @Nullable String getAgreementFacts() {
		return this.agreementFacts;
	}

	public @Nullable String getAgreementResponsibilities() {
		return this.agreementResponsibilities;
	}

	public @Nullable String getAgreementTerms() {
		return this.agreementTerms;
	}

	public @Nullable BigDecimal getAgreementAmount() {
		return this.agreementAmount;
	}

	public @Nullable String getPerformanceManner() {
		return this.performanceManner;
	}

	public @Nullable LocalDate getPerformanceDeadline() {
		return this.performanceDeadline;
	}

	public @Nullable Boolean getPerformed() {
		return this.performed;
	}

	public @Nullable LocalDate getPerformedOn() {
		return this.performedOn;
	}

	public @Nullable LocalDate getFailedOn() {
		return this.failedOn;
	}

	public @Nullable String getFailureReason() {
		return this.failureReason;
	}

	public @Nullable Referral getReferral() {
		return this.referral;
	}

	public @Nullable LocalDate getClosureRequestedOn() {
		return this.closureRequestedOn;
	}

	public @Nullable String getClosureReturnReason() {
		return this.closureReturnReason;
	}

	public @Nullable LocalDate getClosedOn() {
		return this.closedOn;
	}

	public @Nullable Long getClosedBy() {
		return this.closedBy;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

}
