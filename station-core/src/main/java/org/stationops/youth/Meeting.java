package org.stationops.youth;

import java.time.LocalDate;

import jakarta.persistence.Embeddable;

/**
 * A group meeting (weekly as a rule) and its minutes.
 */
@Embeddable
public class Meeting {

	private LocalDate heldOn = LocalDate.EPOCH;

	private String attendees = "";

	private String minutes = "";

	protected Meeting() {
	}

	Meeting(LocalDate heldOn, String attendees, String minutes) {
		this.heldOn = heldOn;
		this.attendees = attendees;
		this.minutes = minutes;
	}

	public LocalDate getHeldOn() {
		return this.heldOn;
	}

	public String getAttendees() {
		return this.attendees;
	}

	public String getMinutes() {
		return this.minutes;
	}

}
