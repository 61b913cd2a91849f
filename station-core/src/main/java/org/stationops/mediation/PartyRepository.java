package org.stationops.mediation;

import java.util.List;

/**
 * Port for dispute parties.
 */
public interface PartyRepository {

	Party save(Party party);

	List<Party> findByDisputeIdOrderById(Long disputeId);

}
