package org.stationops.servicestations.persistence;

import org.stationops.servicestations.OfficeHourException;
import org.stationops.servicestations.OfficeHourExceptionRepository;
import org.springframework.data.repository.Repository;

interface JpaOfficeHourExceptionRepository
		extends OfficeHourExceptionRepository, Repository<OfficeHourException, Long> {

}
