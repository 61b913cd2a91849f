package org.stationops.mediation;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.stationops.shared.AbstractEntity;

/**
 * A mediation session with its record of what was said (调解笔录).
 */
@Entity
@Table(name = "mediation_sessions")
public class MediationSession extends AbstractEntity {

	private Long stationId = 0L;

	private Long disputeId = 0L;

	private LocalDate heldOn = LocalDate.EPOCH;

	@Enumerated(EnumType.STRING)
	private SessionMode mode = SessionMode.IN_PERSON;

	private String place = "";

	private String participants = "";

	private String record = "";

	private Long recordedBy = 0L;

	protected MediationSession() {
	}

	MediationSession(Dispute dispute, LocalDate heldOn, SessionMode mode, String place, String participants,
			String record, Long recordedBy) {
		this.stationId = dispute.getStationId();
		this.disputeId = dispute.getId();
		this.heldOn = heldOn;
		this.mode = mode;
		this.place = place;
		this.participants = participants;
		this.record = record;
		this.recordedBy = recordedBy;
	}

	public Long getStationId() {
		return this.stationId;
	}

	public Long getDisputeId() {
		return this.disputeId;
	}

	public LocalDate getHeldOn() {
		return this.heldOn;
	}

	public SessionMode getMode() {
		return this.mode;
	}

	public String getPlace() {
		return this.place;
	}

	public String getParticipants() {
		return this.participants;
	}

	public String getRecord() {
		return this.record;
	}

	public Long getRecordedBy() {
		return this.recordedBy;
	}

}
