package org.stationops.incidents.persistence;

import org.stationops.incidents.Incident;
import org.stationops.incidents.IncidentRepository;
import org.springframework.data.repository.Repository;

interface JpaIncidentRepository extends IncidentRepository, Repository<Incident, Long> {

}
