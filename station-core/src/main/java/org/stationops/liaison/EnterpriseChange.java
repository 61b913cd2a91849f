package org.stationops.liaison;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.stationops.shared.AbstractEntity;

/**
 * One change to an enterprise file: who, when, and which fields changed (one
 * {@code field: old → new} line each).
 */
@Entity
@Table(name = "enterprise_changes")
public class EnterpriseChange extends AbstractEntity {

	private Long stationId = 0L;

	private Long enterpriseId = 0L;

	private String changedBy = "";

	private Instant changedAt = Instant.EPOCH;

	private String summary = "";

	protected EnterpriseChange() {
	}

	EnterpriseChange(Long stationId, Long enterpriseId, String changedBy, Instant changedAt, String summary) {
		this.stationId = stationId;
		this.enterpriseId = enterpriseId;
		this.changedBy = changedBy;
		this.changedAt = changedAt;
		this.summary = summary;
	}

	public Long getStationId() {
		return this.stationId;
	}

	public Long getEnterpriseId() {
		return this.enterpriseId;
	}

	public String getChangedBy() {
		return this.changedBy;
	}

	public Instant getChangedAt() {
		return this.changedAt;
	}

	public String getSummary() {
		return this.summary;
	}

	public java.util.List<String> getLines() {
		return this.summary.lines().toList();
	}

}
