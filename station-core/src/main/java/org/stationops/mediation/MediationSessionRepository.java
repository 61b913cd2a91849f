package org.stationops.mediation;

import java.util.List;
import java.util.Optional;

/**
 * Port for mediation sessions.
 */
public interface MediationSessionRepository {

	MediationSession save(MediationSession session);

	Optional<MediationSession> findById(Long id);

	List<MediationSession> findByDisputeIdOrderByHeldOnAscIdAsc(Long disputeId);

}
