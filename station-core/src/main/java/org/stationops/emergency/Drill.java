package org.stationops.emergency;

import java.time.LocalDate;

import jakarta.persistence.Embeddable;

/**
 * A drill of a plan: when, how many took part, how long they took to assemble, what was
 * found and what follows.
 */
@Embeddable
public class Drill {

	private LocalDate heldOn = LocalDate.EPOCH;

	private int participants;

	private int minutesToAssemble;

	private String findings = "";

	private String followUp = "";

	protected Drill() {
	}

	Drill(LocalDate heldOn, int participants, int minutesToAssemble, String findings, String followUp) {
		this.heldOn = heldOn;
		this.participants = participants;
		this.minutesToAssemble = minutesToAssemble;
		this.findings = findings;
		this.followUp = followUp;
	}

	public LocalDate getHeldOn() {
		return this.heldOn;
	}

	public int getParticipants() {
		return this.participants;
	}

	public int getMinutesToAssemble() {
		return this.minutesToAssemble;
	}

	public String getFindings() {
		return this.findings;
	}

	public String getFollowUp() {
		return this.followUp;
	}

}
