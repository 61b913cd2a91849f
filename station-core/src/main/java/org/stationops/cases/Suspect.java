package org.stationops.cases;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.stationops.shared.AbstractEntity;
import org.stationops.shared.Masking;

/**
 * A suspect of a case; every status change is timestamped here and on the timeline.
 */
@Entity
@Table(name = "case_suspects")
public class Suspect extends AbstractEntity {

	private Long caseId = 0L;

	private Long stationId = 0L;

	private String name = "";

	private String idNumber = "";

	@Enumerated(EnumType.STRING)
	private SuspectStatus status = SuspectStatus.AT_LARGE;

	private Instant statusChangedAt = Instant.EPOCH;

	protected Suspect() {
	}

	Suspect(CaseFile caseFile, String name, String idNumber, SuspectStatus status, Instant at) {
		this.caseId = caseFile.getId();
		this.stationId = caseFile.getStationId();
		this.name = name;
		this.idNumber = idNumber;
		this.status = status;
		this.statusChangedAt = at;
	}

	void changeStatus(SuspectStatus status, Instant at) {
		this.status = status;
		this.statusChangedAt = at;
	}

	public Long getCaseId() {
		return this.caseId;
	}

	public Long getStationId() {
		return this.stationId;
	}

	public String getName() {
		return this.name;
	}

	public String getIdNumber() {
		return this.idNumber;
	}

	public String getMaskedIdNumber() {
		return Masking.idNumber(this.idNumber);
	}

	public SuspectStatus getStatus() {
		return this.status;
	}

	public Instant getStatusChangedAt() {
		return this.statusChangedAt;
	}

}
