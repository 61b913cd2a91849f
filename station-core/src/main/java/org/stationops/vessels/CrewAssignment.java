package org.stationops.vessels;

import java.time.LocalDate;

import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

/**
 * A crew member's time on one vessel: joined, and left once they sign off.
 */
@Embeddable
public class CrewAssignment {

	private Long vesselId = 0L;

	private LocalDate joinedOn = LocalDate.EPOCH;

	private @Nullable LocalDate leftOn;

	protected CrewAssignment() {
	}

	CrewAssignment(Long vesselId, LocalDate joinedOn) {
		this.vesselId = vesselId;
		this.joinedOn = joinedOn;
	}

	void leave(LocalDate on) {
		this.leftOn = on;
	}

	public boolean isCurrent() {
		return this.leftOn == null;
	}

	public Long getVesselId() {
		return this.vesselId;
	}

	public LocalDate getJoinedOn() {
		return this.joinedOn;
	}

	public @Nullable LocalDate getLeftOn() {
		return this.leftOn;
	}

}
