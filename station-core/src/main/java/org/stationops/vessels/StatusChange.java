package org.stationops.vessels;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * One entry of a vessel's status history.
 */
@Embeddable
public class StatusChange {

	@Enumerated(EnumType.STRING)
	@Column(name = "status_from")
	private VesselStatus from = VesselStatus.IN_PORT;

	@Enumerated(EnumType.STRING)
	@Column(name = "status_to")
	private VesselStatus to = VesselStatus.IN_PORT;

	private LocalDate changedOn = LocalDate.EPOCH;

	private String note = "";

	private String recordedBy = "";

	protected StatusChange() {
	}

	StatusChange(VesselStatus from, VesselStatus to, LocalDate changedOn, String note, String recordedBy) {
		this.from = from;
		this.to = to;
		this.changedOn = changedOn;
		this.note = note;
		this.recordedBy = recordedBy;
	}

	public VesselStatus getFrom() {
		return this.from;
	}

	public VesselStatus getTo() {
		return this.to;
	}

	public LocalDate getChangedOn() {
		return this.changedOn;
	}

	public String getNote() {
		return this.note;
	}

	public String getRecordedBy() {
		return this.recordedBy;
	}

}
