package org.stationops.vessels;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;
import org.stationops.shared.AbstractEntity;
import org.stationops.shared.RuleViolationException;
import org.stationops.shared.StationScoped;

/**
 * A task for the vessel's officer, opened when a returning crew member matches the wanted
 * list; done once the officer records what was done.
 */
@Entity
@Table(name = "vessel_tasks")
public class VesselTask extends AbstractEntity implements StationScoped {

	private Long stationId = 0L;

	private Long vesselId = 0L;

	private @Nullable Long officerId;

	private Long crewMemberId = 0L;

	private Long wantedPersonId = 0L;

	private String reason = "";

	@Enumerated(EnumType.STRING)
	private TaskState state = TaskState.OPEN;

	private Instant openedAt = Instant.EPOCH;

	private @Nullable Instant doneAt;

	private String doneBy = "";

	private String outcome = "";

	protected VesselTask() {
	}

	VesselTask(Vessel vessel, CrewMember crew, WantedPerson wanted, Instant at) {
		this.stationId = vessel.getStationId();
		this.vesselId = java.util.Objects.requireNonNull(vessel.getId());
		this.officerId = vessel.getLiaisonOfficerId();
		this.crewMemberId = java.util.Objects.requireNonNull(crew.getId());
		this.wantedPersonId = java.util.Objects.requireNonNull(wanted.getId());
		this.reason = wanted.getReason();
		this.openedAt = at;
	}

	/**
	 * Closes the task with what was done (handed over, ruled out, …).
	 */
	void complete(String outcome, String by, Instant at) {
		if (!this.state.isOpen()) {
			throw new RuleViolationException("vessels.task.alreadyDone");
		}
		if (outcome.isBlank()) {
			throw RuleViolationException.onField("outcome", "vessels.task.outcomeRequired");
		}
		this.state = TaskState.DONE;
		this.outcome = outcome;
		this.doneBy = by;
		this.doneAt = at;
	}

	public Long getStationId() {
		return this.stationId;
	}

	public Long getVesselId() {
		return this.vesselId;
	}

	public @Nullable Long getOfficerId() {
		return this.officerId;
	}

	public Long getCrewMemberId() {
		return this.crewMemberId;
	}

	public Long getWantedPersonId() {
		return this.wantedPersonId;
	}

	public String getReason() {
		return this.reason;
	}

	public TaskState getState() {
		return this.state;
	}

	public Instant getOpenedAt() {
		return this.openedAt;
	}

	public @Nullable Instant getDoneAt() {
		return this.doneAt;
	}

	public String getDoneBy() {
		return this.doneBy;
	}

	public String getOutcome() {
		return this.outcome;
	}

}
