package org.stationops.vessels;

import java.time.LocalDate;

import jakarta.persistence.Embeddable;

/**
 * The joint check of a returned vessel with border inspection, the owner and the dock.
 */
@Embeddable
public class JointCheck {

	private LocalDate checkedOn = LocalDate.EPOCH;

	private String borderInspection = "";

	private String ownerParty = "";

	private String dock = "";

	private String notes = "";

	private String recordedBy = "";

	protected JointCheck() {
	}

	JointCheck(LocalDate checkedOn, String borderInspection, String ownerParty, String dock, String notes,
			String recordedBy) {
		this.checkedOn = checkedOn;
		this.borderInspection = borderInspection;
		this.ownerParty = ownerParty;
		this.dock = dock;
		this.notes = notes;
		this.recordedBy = recordedBy;
	}

	public LocalDate getCheckedOn() {
		return this.checkedOn;
	}

	public String getBorderInspection() {
		return this.borderInspection;
	}

	public String getOwnerParty() {
		return this.ownerParty;
	}

	public String getDock() {
		return this.dock;
	}

	public String getNotes() {
		return this.notes;
	}

	public String getRecordedBy() {
		return this.recordedBy;
	}

}
