package org.stationops.incidents.persistence;

import org.stationops.incidents.IncidentCategory;
import org.stationops.incidents.IncidentCategoryRepository;
import org.springframework.data.repository.Repository;

interface JpaIncidentCategoryRepository extends IncidentCategoryRepository, Repository<IncidentCategory, Long> {

}
