package org.stationops.liaison.persistence;

import org.stationops.liaison.Alliance;
import org.stationops.liaison.AllianceRepository;
import org.springframework.data.repository.Repository;

interface JpaAllianceRepository extends AllianceRepository, Repository<Alliance, Long> {

}
