package org.stationops.liaison.persistence;

import org.stationops.liaison.BusinessCircle;
import org.stationops.liaison.BusinessCircleRepository;
import org.springframework.data.repository.Repository;

interface JpaBusinessCircleRepository extends BusinessCircleRepository, Repository<BusinessCircle, Long> {

}
