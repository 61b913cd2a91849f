package org.stationops.cases;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;
import org.stationops.shared.AbstractEntity;

/**
 * An approved extension of an administrative case's time limit, with the reference of the
 * approval by the level above (上一级公安机关批准文书).
 */
@Entity
@Table(name = "case_extensions")
public class CaseExtension extends AbstractEntity {

	@Column(name = "case_id")
	private Long caseId = 0L;

	private Long stationId = 0L;

	private int days;

	private String approvalReference = "";

	private Instant approvedAt = Instant.EPOCH;

	private @Nullable LocalDate approvedOn;

	protected CaseExtension() {
	}

	CaseExtension(CaseFile caseFile, int days, String approvalReference, @Nullable LocalDate approvedOn,
			Instant approvedAt) {
		this.approvedOn = approvedOn;
		this.caseId = caseFile.getId();
		this.stationId = caseFile.getStationId();
		this.days = days;
		this.approvalReference = approvalReference;
		this.approvedAt = approvedAt;
	}

	public int getDays() {
		return this.days;
	}

	public String getApprovalReference() {
		return this.approvalReference;
	}

	/**
	 * @return the date of the approval by the level above (上一级公安机关), as on its document;
	 * {@literal null} for extensions recorded before it was asked.
	 */
	public @Nullable LocalDate getApprovedOn() {
		return this.approvedOn;
	}

	/**
	 * @return when the supervisor approved the extension in the review queue.
	 */
	public Instant getApprovedAt() {
		return this.approvedAt;
	}

}
