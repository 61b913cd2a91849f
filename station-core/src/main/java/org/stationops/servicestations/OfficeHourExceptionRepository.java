package org.stationops.servicestations;

import java.time.LocalDate;
import java.util.List;

/**
 * Port for the days without office hours.
 */
public interface OfficeHourExceptionRepository {

	OfficeHourException saveAndFlush(OfficeHourException exception);

	boolean existsByServiceStationIdAndOnDate(Long serviceStationId, LocalDate onDate);

	List<OfficeHourException> findByServiceStationIdAndOnDateGreaterThanEqualOrderByOnDate(Long serviceStationId,
			LocalDate from);

}
