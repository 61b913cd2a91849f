package org.stationops.vessels;

import java.time.LocalDate;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * Legal education for a vessel's crew (online or on site), or a consultation or help
 * request from its crew.
 */
@Embeddable
public class Outreach {

	@Enumerated(EnumType.STRING)
	private OutreachKind kind = OutreachKind.EDUCATION_ON_SITE;

	private LocalDate heldOn = LocalDate.EPOCH;

	private int headcount;

	private String topic = "";

	private String notes = "";

	protected Outreach() {
	}

	Outreach(OutreachKind kind, LocalDate heldOn, int headcount, String topic, String notes) {
		this.kind = kind;
		this.heldOn = heldOn;
		this.headcount = headcount;
		this.topic = topic;
		this.notes = notes;
	}

	public OutreachKind getKind() {
		return this.kind;
	}

	public LocalDate getHeldOn() {
		return this.heldOn;
	}

	public int getHeadcount() {
		return this.headcount;
	}

	public String getTopic() {
		return this.topic;
	}

	public String getNotes() {
		return this.notes;
	}

}
