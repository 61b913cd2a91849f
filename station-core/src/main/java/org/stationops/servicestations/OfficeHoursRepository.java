package org.stationops.servicestations;

import java.util.List;
import java.util.Optional;

import org.stationops.shared.Scope;
import org.stationops.shared.ScopedRepository;

/**
 * Port for office hours and their exceptions.
 */
public interface OfficeHoursRepository extends ScopedRepository<OfficeHours> {

	OfficeHours saveAndFlush(OfficeHours officeHours);

	Optional<OfficeHours> findById(Long id);

	List<OfficeHours> findByServiceStationIdOrderByDayOfWeekAscStartsAtAsc(Long serviceStationId);

	void delete(OfficeHours officeHours);

}
