package org.stationops.officers;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.stationops.shared.ScopedRepository;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * Port for officer accounts; station-persistence supplies the implementation.
 */
public interface OfficerRepository extends ScopedRepository<Officer> {

	Officer save(Officer officer);

	Optional<Officer> findById(Long id);

	Optional<Officer> findByUsernameIgnoreCase(String username);

	boolean existsByUsernameIgnoreCase(String username);

	boolean existsByBadgeNumber(String badgeNumber);

	boolean existsByBadgeNumberAndIdNot(String badgeNumber, Long id);

	Page<Officer> findAll(Pageable pageable);

	Page<Officer> findByStationId(Long stationId, Pageable pageable);

	List<Officer> findByStationIdAndActiveTrueOrderByDisplayName(Long stationId);

	List<Officer> findByIdIn(Collection<Long> ids);

	List<Officer> findByStationIdInAndActiveTrue(Collection<Long> stationIds);

	long count();

}
