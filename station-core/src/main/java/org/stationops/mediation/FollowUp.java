package org.stationops.mediation;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;
import org.stationops.shared.AbstractEntity;

/**
 * A follow-up visit (回访), scheduled from the performance deadline (or after a failure),
 * then done with whether the agreement was performed, an outcome and the parties'
 * satisfaction.
 */
@Entity
@Table(name = "dispute_follow_ups")
public class FollowUp extends AbstractEntity {

	private Long stationId = 0L;

	private Long disputeId = 0L;

	private LocalDate dueOn = LocalDate.EPOCH;

	private @Nullable LocalDate doneOn;

	private @Nullable Boolean performed;

	private @Nullable String outcome;

	@Enumerated(EnumType.STRING)
	private @Nullable Satisfaction satisfaction;

	private @Nullable Long doneBy;

	protected FollowUp() {
	}

	FollowUp(Dispute dispute, LocalDate dueOn) {
		this.stationId = dispute.getStationId();
		this.disputeId = dispute.getId();
		this.dueOn = dueOn;
	}

	void complete(LocalDate doneOn, @Nullable Boolean performed, String outcome, Satisfaction satisfaction,
			Long doneBy) {
		this.doneOn = doneOn;
		this.performed = performed;
		this.outcome = outcome;
		this.satisfaction = satisfaction;
		this.doneBy = doneBy;
	}

	public boolean isDone() {
		return this.doneOn != null;
	}

	public Long getStationId() {
		return this.stationId;
	}

	public Long getDisputeId() {
		return this.disputeId;
	}

	public LocalDate getDueOn() {
		return this.dueOn;
	}

	public @Nullable LocalDate getDoneOn() {
		return this.doneOn;
	}

	public @Nullable Boolean getPerformed() {
		return this.performed;
	}

	public @Nullable String getOutcome() {
		return this.outcome;
	}

	public @Nullable Satisfaction getSatisfaction() {
		return this.satisfaction;
	}

	public @Nullable Long getDoneBy() {
		return this.doneBy;
	}

}
