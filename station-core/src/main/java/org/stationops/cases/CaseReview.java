package org.stationops.cases;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;
import org.stationops.shared.AbstractEntity;
import org.stationops.shared.StationScoped;

/**
 * A case decision submitted for the station supervisor's review.
 */
@Entity
@Table(name = "case_reviews")
public class CaseReview extends AbstractEntity implements StationScoped {

	private Long caseId = 0L;

	private Long stationId = 0L;

	@Enumerated(EnumType.STRING)
	private Decision decision = Decision.FILING;

	private Long submittedBy = 0L;

	private Instant submittedAt = Instant.EPOCH;

	private String note = "";

	private String approvalReference = "";

	private int attempt;

	@Enumerated(EnumType.STRING)
	private ReviewStatus status = ReviewStatus.PENDING;

	private @Nullable Long decidedBy;

	private @Nullable Instant decidedAt;

	private @Nullable String reasonCode;

	private String comment = "";

	private @Nullable LocalDate approvalDate;

	@Embedded
	private Penalty penalty = Penalty.NONE;

	private boolean hearingNoticed;

	protected CaseReview() {
	}

	CaseReview(CaseFile caseFile, Decision decision, Long submittedBy, Instant at, DecisionFacts facts, int attempt) {
		this(caseFile, decision, submittedBy, at, facts.note(),
				(decision == Decision.EXTENSION) ? facts.approvalReference().trim() : "", attempt);
		if (decision == Decision.EXTENSION) {
			this.approvalDate = facts.approvalDate();
		}
		if (decision == Decision.PUNISHMENT) {
			this.penalty = facts.penalty();
			this.hearingNoticed = facts.hearingNoticed();
		}
	}

	private CaseReview(CaseFile caseFile, Decision decision, Long submittedBy, Instant at, String note,
			String approvalReference, int attempt) {
		this.caseId = caseFile.getId();
		this.stationId = caseFile.getStationId();
		this.decision = decision;
		this.submittedBy = submittedBy;
		this.submittedAt = at;
		this.note = note;
		this.approvalReference = approvalReference;
		this.attempt = attempt;
	}

	void approve(Long supervisorId, Instant at) {
		this.status = ReviewStatus.APPROVED;
		this.decidedBy = supervisorId;
		this.decidedAt = at;
	}

	void giveBack(Long supervisorId, Instant at, String reasonCode, String comment) {
		this.status = ReviewStatus.RETURNED;
		this.decidedBy = supervisorId;
		this.decidedAt = at;
		this.reasonCode = reasonCode;
		this.comment = comment;
	}

	public Long getCaseId() {
		return this.caseId;
	}

	public Long getStationId() {
		return this.stationId;
	}

	public Decision getDecision() {
		return this.decision;
	}

	public Long getSubmittedBy() {
		return this.submittedBy;
	}

	public Instant getSubmittedAt() {
		return this.submittedAt;
	}

	public String getNote() {
		return this.note;
	}

	public String getApprovalReference() {
		return this.approvalReference;
	}

	public int getAttempt() {
		return this.attempt;
	}

	public ReviewStatus getStatus() {
		return this.status;
	}

	public @Nullable Long getDecidedBy() {
		return this.decidedBy;
	}

	public @Nullable Instant getDecidedAt() {
		return this.decidedAt;
	}

	public @Nullable String getReasonCode() {
		return this.reasonCode;
	}

	public @Nullable LocalDate getApprovalDate() {
		return this.approvalDate;
	}

	public Penalty getPenalty() {
		return this.penalty;
	}

	public boolean isHearingNoticed() {
		return this.hearingNoticed;
	}

	public String getComment() {
		return this.comment;
	}

}
