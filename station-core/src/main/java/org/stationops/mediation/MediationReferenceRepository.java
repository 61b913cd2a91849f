package org.stationops.mediation;

import java.util.List;

/**
 * Port for the dispute categories.
 */
public interface MediationReferenceRepository {

	List<DisputeCategory> findAllByOrderBySortOrder();

}
