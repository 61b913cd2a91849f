package org.stationops.cases;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
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

	protected CaseExtension() {
	}

	CaseExtension(CaseFile caseFile, int days, String approvalReference, Instant approvedAt) {
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

	public Instant getApprovedAt() {
		return this.approvedAt;
	}

}
