package org.stationops.cases;

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
 * A case (案件). Named CaseFile because {@code case} is a Java keyword.
 */
@Entity
@Table(name = "cases")
public class CaseFile extends AbstractEntity {

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

	private BigDecimal lossAmount = BigDecimal.ZERO;

	private BigDecimal recoveredAmount = BigDecimal.ZERO;

	private @Nullable Instant deadlineAt;

	private boolean clockPaused;

	private boolean reviewPending;

	private @Nullable Instant closedAt;

	private Instant createdAt = Instant.EPOCH;

	private @Nullable String submissionKey;

	protected CaseFile() {
	}

	CaseFile(Long stationId, String caseNumber, CaseDetails details, @Nullable Long incidentId,
			@Nullable String submissionKey, Instant now) {
		this.stationId = stationId;
		this.caseNumber = caseNumber;
		this.incidentId = incidentId;
		this.submissionKey = submissionKey;
		this.createdAt = now;
		apply(details);
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

	void moveTo(CaseStage target, Instant at) {
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

	void restartClock(LocalDate day) {
		this.clockStartedOn = day;
	}

	void markReviewPending(boolean pending) {
		this.reviewPending = pending;
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
