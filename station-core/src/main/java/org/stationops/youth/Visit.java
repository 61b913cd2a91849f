package org.stationops.youth;

import java.time.LocalDate;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * A visit to the minor (home, school) and what it found.
 */
@Embeddable
public class Visit {

	private LocalDate visitedOn = LocalDate.EPOCH;

	private String place = "";

	@Enumerated(EnumType.STRING)
	private VisitOutcome outcome = VisitOutcome.STABLE;

	private String note = "";

	protected Visit() {
	}

	Visit(LocalDate visitedOn, String place, VisitOutcome outcome, String note) {
		this.visitedOn = visitedOn;
		this.place = place;
		this.outcome = outcome;
		this.note = note;
	}

	public LocalDate getVisitedOn() {
		return this.visitedOn;
	}

	public String getPlace() {
		return this.place;
	}

	public VisitOutcome getOutcome() {
		return this.outcome;
	}

	public String getNote() {
		return this.note;
	}

}
