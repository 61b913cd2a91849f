package org.stationops.vessels.persistence;

import org.stationops.vessels.WantedPerson;
import org.stationops.vessels.WantedPersonRepository;
import org.springframework.data.repository.Repository;

interface JpaWantedPersonRepository extends WantedPersonRepository, Repository<WantedPerson, Long> {

}
