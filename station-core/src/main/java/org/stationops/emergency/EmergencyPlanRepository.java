package org.stationops.emergency;

import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.stationops.shared.Scope;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * Port for emergency plans; station-persistence supplies the implementation.
 */
public interface EmergencyPlanRepository {

	EmergencyPlan saveAndFlush(EmergencyPlan plan);

	Optional<EmergencyPlan> findById(Long id);

	default Optional<EmergencyPlan> findInScope(Scope scope, Long id) {
		return findById(id).filter(p -> scope.allows(p.getStationId()));
	}

	boolean existsByStationIdAndName(Long stationId, String name);

	/**
	 * @param stationId {@literal null} for every station.
	 * @param scenario {@literal null} for any.
	 */
	Page<EmergencyPlan> list(@Nullable Long stationId, @Nullable Scenario scenario, Pageable pageable);

}
