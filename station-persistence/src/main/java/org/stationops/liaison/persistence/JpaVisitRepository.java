package org.stationops.liaison.persistence;

import org.stationops.liaison.Visit;
import org.stationops.liaison.VisitRepository;
import org.springframework.data.repository.Repository;

interface JpaVisitRepository extends VisitRepository, Repository<Visit, Long> {

}
