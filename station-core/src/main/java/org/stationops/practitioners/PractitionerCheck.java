package org.stationops.practitioners;

import java.time.LocalDate;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.jspecify.annotations.Nullable;

/**
 * One practitioner checked in a campaign: when, by whom, what was found, and for a
 * concern the follow-up and the day it was done.
 */
@Embeddable
public class PractitionerCheck {

	private Long practitionerId = 0L;

	@Enumerated(EnumType.STRING)
	private Trade trade = Trade.COURIER;

	private LocalDate checkedOn = LocalDate.EPOCH;

	private String checkedBy = "";

	@Enumerated(EnumType.STRING)
	private Finding finding = Finding.CLEAR;

	private String concern = "";

	private String followUp = "";

	private @Nullable LocalDate followUpDoneOn;

	private String followUpOutcome = "";

	protected PractitionerCheck() {
	}

	PractitionerCheck(Long practitionerId, Trade trade, LocalDate checkedOn, String checkedBy, Finding finding,
			String concern, String followUp) {
		this.practitionerId = practitionerId;
		this.trade = trade;
		this.checkedOn = checkedOn;
		this.checkedBy = checkedBy;
		this.finding = finding;
		this.concern = concern;
		this.followUp = followUp;
	}

	void followedUp(LocalDate on, String outcome) {
		this.followUpDoneOn = on;
		this.followUpOutcome = outcome;
	}

	/**
	 * @return whether this is a concern whose follow-up is not done yet.
	 */
	public boolean isFollowUpOpen() {
		return this.finding.isConcern() && this.followUpDoneOn == null;
	}

	public Long getPractitionerId() {
		return this.practitionerId;
	}

	public Trade getTrade() {
		return this.trade;
	}

	public LocalDate getCheckedOn() {
		return this.checkedOn;
	}

	public String getCheckedBy() {
		return this.checkedBy;
	}

	public Finding getFinding() {
		return this.finding;
	}

	public String getConcern() {
		return this.concern;
	}

	public String getFollowUp() {
		return this.followUp;
	}

	public @Nullable LocalDate getFollowUpDoneOn() {
		return this.followUpDoneOn;
	}

	public String getFollowUpOutcome() {
		return this.followUpOutcome;
	}

}
