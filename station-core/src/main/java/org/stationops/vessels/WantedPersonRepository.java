package org.stationops.vessels;

import java.util.Collection;
import java.util.List;

import org.stationops.shared.ScopedRepository;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * Port for the station's wanted list.
 */
public interface WantedPersonRepository extends ScopedRepository<WantedPerson> {

	WantedPerson save(WantedPerson person);

	List<WantedPerson> findByStationIdAndIdNumberIn(Long stationId, Collection<String> idNumbers);

	Page<WantedPerson> findByStationIdOrderByListedAtDescIdDesc(Long stationId, Pageable pageable);

	Page<WantedPerson> findAllByOrderByListedAtDescIdDesc(Pageable pageable);

}
