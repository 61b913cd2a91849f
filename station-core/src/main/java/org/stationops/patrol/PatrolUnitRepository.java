package org.stationops.patrol;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.stationops.shared.Scope;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * Port for patrol units; station-persistence supplies the implementation.
 */
public interface PatrolUnitRepository {

	PatrolUnit save(PatrolUnit unit);

	PatrolUnit saveAndFlush(PatrolUnit unit);

	Optional<PatrolUnit> findById(Long id);

	/**
	 * @return the unit when it exists and the scope reaches it.
	 */
	default Optional<PatrolUnit> findInScope(Scope scope, Long id) {
		return findById(id).filter(u -> scope.allows(u.getStationId()));
	}

	boolean existsByStationIdAndName(Long stationId, String name);

	List<PatrolUnit> findByStationIdOrderByName(Long stationId);

	List<PatrolUnit> findByIdIn(Collection<Long> ids);

	List<PatrolUnit> findByIncidentId(Long incidentId);

	/**
	 * @param stationId {@literal null} for every station.
	 * @param text part of the name, leader or affiliation; empty for any.
	 */
	Page<PatrolUnit> search(@Nullable Long stationId, @Nullable UnitKind kind, @Nullable UnitStatus status, String text,
			Pageable pageable);

}
