package org.stationops.officers.persistence;

import org.stationops.officers.Officer;
import org.stationops.officers.OfficerRepository;
import org.springframework.data.repository.Repository;

interface JpaOfficerRepository extends OfficerRepository, Repository<Officer, Long> {

}
