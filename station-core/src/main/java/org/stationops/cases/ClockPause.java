package org.stationops.cases;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;
import org.stationops.shared.AbstractEntity;

/**
 * A period the case clock stands still (appraisal, hearing, mediation).
 */
@Entity
@Table(name = "case_clock_pauses")
public class ClockPause extends AbstractEntity {

	@Column(name = "case_id")
	private Long caseId = 0L;

	private Long stationId = 0L;

	@Enumerated(EnumType.STRING)
	private PauseReason reason = PauseReason.APPRAISAL;

	private LocalDate startedOn = LocalDate.EPOCH;

	private @Nullable LocalDate endedOn;

	protected ClockPause() {
	}

	ClockPause(CaseFile caseFile, PauseReason reason, LocalDate startedOn) {
		this.caseId = caseFile.getId();
		this.stationId = caseFile.getStationId();
		this.reason = reason;
		this.startedOn = startedOn;
	}

	void end(LocalDate day) {
		this.endedOn = day;
	}

	public boolean isOpen() {
		return this.endedOn == null;
	}

	DeadlineEngine.Pause asPause() {
		return new DeadlineEngine.Pause(this.reason, this.startedOn, this.endedOn);
	}

	public PauseReason getReason() {
		return this.reason;
	}

	public LocalDate getStartedOn() {
		return this.startedOn;
	}

	public @Nullable LocalDate getEndedOn() {
		return this.endedOn;
	}

}
