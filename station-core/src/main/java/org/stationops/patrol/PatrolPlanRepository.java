package org.stationops.patrol;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.stationops.shared.Scope;

/**
 * Port for patrol plans; station-persistence supplies the implementation.
 */
public interface PatrolPlanRepository {

	PatrolPlan save(PatrolPlan plan);

	PatrolPlan saveAndFlush(PatrolPlan plan);

	/**
	 * @return the plan with its windows and checkpoints.
	 */
	Optional<PatrolPlan> findWithPartsById(Long id);

	default Optional<PatrolPlan> findInScope(Scope scope, Long id) {
		return findWithPartsById(id).filter(p -> scope.allows(p.getStationId()));
	}

	boolean existsByStationIdAndName(Long stationId, String name);

	/**
	 * @param stationId {@literal null} for every station.
	 * @return the plans with their windows and checkpoints, by station and name.
	 */
	List<PatrolPlan> findAllWithParts(@Nullable Long stationId);

}
