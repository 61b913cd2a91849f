package org.stationops.patrol;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.stationops.shared.Scope;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * Port for shifts; station-persistence supplies the implementation.
 */
public interface PatrolShiftRepository {

	PatrolShift save(PatrolShift shift);

	PatrolShift saveAndFlush(PatrolShift shift);

	Optional<PatrolShift> findById(Long id);

	default Optional<PatrolShift> findInScope(Scope scope, Long id) {
		return findById(id).filter(s -> scope.allows(s.getStationId()));
	}

	/**
	 * @return the officer's open shift, if any.
	 */
	Optional<PatrolShift> findFirstByStartedByAndEndedAtIsNull(String startedBy);

	boolean existsByUnitIdAndEndedAtIsNull(Long unitId);

	/**
	 * @param stationId {@literal null} for every station.
	 * @return shifts started in {@code [from, to)}, newest first.
	 */
	Page<PatrolShift> findStarted(@Nullable Long stationId, Instant from, Instant to, Pageable pageable);

	/**
	 * @return the plans' shifts started in {@code [from, to)} with their check-ins.
	 */
	List<PatrolShift> findWithCheckInsByPlans(Collection<Long> planIds, Instant from, Instant to);

}
