package org.stationops.cases;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;
import org.stationops.shared.AbstractEntity;

/**
 * A victim, a seized item or a cross-region assistance request of a case.
 */
@Entity
@Table(name = "case_particulars")
public class CaseParticular extends AbstractEntity {

	private Long caseId = 0L;

	private Long stationId = 0L;

	@Enumerated(EnumType.STRING)
	private ParticularKind kind = ParticularKind.VICTIM;

	private String description = "";

	private @Nullable BigDecimal amount;

	private String region = "";

	private Instant recordedAt = Instant.EPOCH;

	protected CaseParticular() {
	}

	CaseParticular(CaseFile caseFile, ParticularKind kind, String description, @Nullable BigDecimal amount,
			String region, Instant at) {
		this.caseId = caseFile.getId();
		this.stationId = caseFile.getStationId();
		this.kind = kind;
		this.description = description;
		this.amount = amount;
		this.region = region;
		this.recordedAt = at;
	}

	public Long getCaseId() {
		return this.caseId;
	}

	public ParticularKind getKind() {
		return this.kind;
	}

	public String getDescription() {
		return this.description;
	}

	public @Nullable BigDecimal getAmount() {
		return this.amount;
	}

	public String getRegion() {
		return this.region;
	}

	public Instant getRecordedAt() {
		return this.recordedAt;
	}

}
