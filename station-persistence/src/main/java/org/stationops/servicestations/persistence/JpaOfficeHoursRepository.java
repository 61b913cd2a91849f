package org.stationops.servicestations.persistence;

import org.stationops.servicestations.OfficeHours;
import org.stationops.servicestations.OfficeHoursRepository;
import org.springframework.data.repository.Repository;

interface JpaOfficeHoursRepository extends OfficeHoursRepository, Repository<OfficeHours, Long> {

}
