package org.stationops.antifraud;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;
import org.stationops.shared.AbstractEntity;
import org.stationops.shared.Masking;
import org.stationops.shared.StationScoped;

/**
 * An early warning naming a likely fraud victim, and what the station did about it.
 */
@Entity
@Table(name = "fraud_warnings")
public class FraudWarning extends AbstractEntity implements StationScoped {

	private Long stationId = 0L;

	private String victimName = "";

	private String phone = "";

	@Enumerated(EnumType.STRING)
	private FraudType fraudType = FraudType.ORDER_BRUSHING;

	private Instant warnedAt = Instant.EPOCH;

	private @Nullable Long officerId;

	@Enumerated(EnumType.STRING)
	private @Nullable Intervention intervention;

	private String interventionNote = "";

	private @Nullable Instant intervenedAt;

	@Enumerated(EnumType.STRING)
	private @Nullable WarningOutcome outcome;

	private BigDecimal protectedAmount = BigDecimal.ZERO;

	private @Nullable Long caseId;

	protected FraudWarning() {
	}

	FraudWarning(Long stationId, String victimName, String phone, FraudType fraudType, Instant warnedAt,
			@Nullable Long officerId) {
		this.stationId = stationId;
		this.victimName = victimName;
		this.phone = phone;
		this.fraudType = fraudType;
		this.warnedAt = warnedAt;
		this.officerId = officerId;
	}

	void record(Intervention intervention, String note, WarningOutcome outcome, BigDecimal protectedAmount,
			Instant at) {
		this.intervention = intervention;
		this.interventionNote = note;
		this.outcome = outcome;
		this.protectedAmount = protectedAmount;
		this.intervenedAt = at;
	}

	void linkCase(Long caseId) {
		this.caseId = caseId;
	}

	public Long getStationId() {
		return this.stationId;
	}

	public String getVictimName() {
		return this.victimName;
	}

	public String getPhone() {
		return this.phone;
	}

	public String getMaskedPhone() {
		return Masking.phone(this.phone);
	}

	public FraudType getFraudType() {
		return this.fraudType;
	}

	public Instant getWarnedAt() {
		return this.warnedAt;
	}

	public @Nullable Long getOfficerId() {
		return this.officerId;
	}

	public @Nullable Intervention getIntervention() {
		return this.intervention;
	}

	public String getInterventionNote() {
		return this.interventionNote;
	}

	public @Nullable Instant getIntervenedAt() {
		return this.intervenedAt;
	}

	public @Nullable WarningOutcome getOutcome() {
		return this.outcome;
	}

	public BigDecimal getProtectedAmount() {
		return this.protectedAmount;
	}

	public @Nullable Long getCaseId() {
		return this.caseId;
	}

}
