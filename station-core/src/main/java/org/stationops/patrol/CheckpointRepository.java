package org.stationops.patrol;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.stationops.shared.Scope;

/**
 * Port for checkpoints; station-persistence supplies the implementation.
 */
public interface CheckpointRepository {

	Checkpoint save(Checkpoint checkpoint);

	Checkpoint saveAndFlush(Checkpoint checkpoint);

	Optional<Checkpoint> findById(Long id);

	default Optional<Checkpoint> findInScope(Scope scope, Long id) {
		return findById(id).filter(c -> scope.allows(c.getStationId()));
	}

	boolean existsByStationIdAndName(Long stationId, String name);

	List<Checkpoint> findByStationIdOrderByName(Long stationId);

	List<Checkpoint> findByStationIdInOrderByStationIdAscNameAsc(Collection<Long> stationIds);

	List<Checkpoint> findByIdIn(Collection<Long> ids);

}
