package org.stationops.liaison.persistence;

import org.stationops.liaison.Screening;
import org.stationops.liaison.ScreeningRepository;
import org.springframework.data.repository.Repository;

interface JpaScreeningRepository extends ScreeningRepository, Repository<Screening, Long> {

}
