package org.stationops.liaison;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.stationops.shared.AbstractEntity;

/**
 * A training session for property-management or security staff; sessions of a multi-week
 * rotation share a rotation label (e.g. "2026 秋季轮训 第2周").
 */
@Entity
@Table(name = "training_sessions")
public class TrainingSession extends AbstractEntity {

	private Long stationId = 0L;

	private String topic = "";

	@Enumerated(EnumType.STRING)
	private TrainingAudience audience = TrainingAudience.BOTH;

	private String trainer = "";

	private LocalDate heldOn = LocalDate.EPOCH;

	private String rotation = "";

	private String attendees = "";

	private int headcount;

	protected TrainingSession() {
	}

	public TrainingSession(Long stationId, String topic, TrainingAudience audience, String trainer, LocalDate heldOn,
			String rotation, String attendees, int headcount) {
		this.stationId = stationId;
		this.topic = topic;
		this.audience = audience;
		this.trainer = trainer;
		this.heldOn = heldOn;
		this.rotation = rotation;
		this.attendees = attendees;
		this.headcount = headcount;
	}

	public Long getStationId() {
		return this.stationId;
	}

	public String getTopic() {
		return this.topic;
	}

	public TrainingAudience getAudience() {
		return this.audience;
	}

	public String getTrainer() {
		return this.trainer;
	}

	public LocalDate getHeldOn() {
		return this.heldOn;
	}

	public String getRotation() {
		return this.rotation;
	}

	public String getAttendees() {
		return this.attendees;
	}

	public int getHeadcount() {
		return this.headcount;
	}

}
