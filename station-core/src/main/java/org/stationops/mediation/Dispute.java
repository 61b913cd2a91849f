package org.stationops.mediation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;
import org.stationops.shared.AbstractEntity;

/**
 * A dispute file (矛盾纠纷, 一事一卷). Its parties, mediators, sessions and follow-up visits are
 * kept in their own tables; every change to them touches the file, so its version guards
 * against concurrent edits of the whole file.
 */
@Entity
@Table(name = "disputes")
public class Dispute extends AbstractEntity {

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
		apply(details, now);
	}

	void apply(DisputeDetails details, Instant now) {
		this.source = details.source();
		this.categoryCode = details.categoryCode();
		this.title = details.title();
		this.summary = details.summary();
		this.place = details.place();
		this.areaId = details.areaId();
		this.headcount = details.headcount();
		this.riskGrade = details.riskGrade();
		this.escalated = details.escalated();
		this.escalationReason = details.escalationReason();
		touch(now);
	}

	void touch(Instant now) {
		this.updatedAt = now;
	}

	void escalate(String reason, Instant now) {
		this.escalated = true;
		this.escalationReason = reason;
		this.riskGrade = RiskGrade.RED;
		touch(now);
	}

	void recordAgreement(Agreement agreement, Instant now) {
		this.status = DisputeStatus.AGREED;
		this.agreementReachedOn = agreement.reachedOn();
		this.agreementFacts = agreement.facts();
		this.agreementResponsibilities = agreement.responsibilities();
		this.agreementTerms = agreement.terms();
		this.agreementAmount = agreement.amount();
		this.performanceManner = agreement.performanceManner();
		this.performanceDeadline = agreement.performanceDeadline();
		touch(now);
	}

	void recordFailure(LocalDate day, String reason, Referral referral, Instant now) {
		this.status = DisputeStatus.FAILED;
		this.failedOn = day;
		this.failureReason = reason;
		this.referral = referral;
		touch(now);
	}

	void recordPerformance(boolean performed, LocalDate day, Instant now) {
		this.performed = performed;
		this.performedOn = day;
		touch(now);
	}

	void requestClosure(LocalDate day, Instant now) {
		this.status = DisputeStatus.CLOSURE_REQUESTED;
		this.closureRequestedOn = day;
		this.closureReturnReason = null;
		touch(now);
	}

	void approveClosure(LocalDate day, Long supervisorId, Instant now) {
		this.status = DisputeStatus.CLOSED;
		this.closedOn = day;
		this.closedBy = supervisorId;
		touch(now);
	}

	void returnClosure(String reason, Instant now) {
		this.status = (this.agreementReachedOn != null) ? DisputeStatus.AGREED : DisputeStatus.FAILED;
		this.closureReturnReason = reason;
		this.closureRequestedOn = null;
		touch(now);
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
