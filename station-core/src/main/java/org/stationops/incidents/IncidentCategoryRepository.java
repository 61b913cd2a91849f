package org.stationops.incidents;

import java.util.List;
import java.util.Optional;

/**
 * Port for the category taxonomy.
 */
public interface IncidentCategoryRepository {

	List<IncidentCategory> findAllByOrderBySortOrder();

	Optional<IncidentCategory> findByCode(String code);

}
