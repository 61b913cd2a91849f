package org.stationops.mediation;

import java.util.List;

/**
 * Port for mediator assignments.
 */
public interface MediatorAssignmentRepository {

	MediatorAssignment save(MediatorAssignment assignment);

	List<MediatorAssignment> findByDisputeIdOrderById(Long disputeId);

}
