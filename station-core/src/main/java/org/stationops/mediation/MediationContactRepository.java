package org.stationops.mediation;

import java.util.List;
import java.util.Optional;

/**
 * Port for outside mediators.
 */
public interface MediationContactRepository {

	MediationContact save(MediationContact contact);

	Optional<MediationContact> findById(Long id);

	List<MediationContact> findByStationIdOrderByName(Long stationId);

}
