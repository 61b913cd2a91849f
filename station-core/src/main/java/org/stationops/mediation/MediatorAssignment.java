package org.stationops.mediation;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;
import org.stationops.shared.AbstractEntity;

/**
 * A mediator assigned to a dispute: an officer of the station or an outside contact.
 */
@Entity
@Table(name = "dispute_mediators")
public class MediatorAssignment extends AbstractEntity {

	private Long stationId = 0L;

	private Long disputeId = 0L;

	private @Nullable Long officerId;

	private @Nullable Long contactId;

	protected MediatorAssignment() {
	}

	MediatorAssignment(Dispute dispute, @Nullable Long officerId, @Nullable Long contactId) {
		this.stationId = dispute.getStationId();
		this.disputeId = dispute.getId();
		this.officerId = officerId;
		this.contactId = contactId;
	}

	public Long getStationId() {
		return this.stationId;
	}

	public Long getDisputeId() {
		return this.disputeId;
	}

	public @Nullable Long getOfficerId() {
		return this.officerId;
	}

	public @Nullable Long getContactId() {
		return this.contactId;
	}

}
