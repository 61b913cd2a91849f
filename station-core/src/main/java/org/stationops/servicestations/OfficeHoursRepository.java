package org.stationops.servicestations;

import java.util.List;
import java.util.Optional;

import org.stationops.shared.Scope;

/**
 * Port for office hours and their exceptions.
 */
public interface OfficeHoursRepository {

	OfficeHours saveAndFlush(OfficeHours officeHours);

	Optional<OfficeHours> findById(Long id);

	default Optional<OfficeHours> findInScope(Scope scope, Long id) {
		return findById(id).filter(h -> scope.allows(h.getStationId()));
	}

	List<OfficeHours> findByServiceStationIdOrderByDayOfWeekAscStartsAtAsc(Long serviceStationId);

	void delete(OfficeHours officeHours);

}
