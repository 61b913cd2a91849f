package org.stationops.patrol.persistence;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.stationops.patrol.PatrolPlan;
import org.stationops.patrol.PatrolPlanRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

interface JpaPatrolPlanRepository extends PatrolPlanRepository, Repository<PatrolPlan, Long> {

	@Override
	@Query("""
			select distinct p from PatrolPlan p left join fetch p.windows left join fetch p.checkpointIds left join fetch p.cameraIds
			where p.id = :id""")
	Optional<PatrolPlan> findWithPartsById(@Param("id") Long id);

	@Override
	@Query("""
			select distinct p from PatrolPlan p left join fetch p.windows left join fetch p.checkpointIds left join fetch p.cameraIds
			where (:stationId is null or p.stationId = :stationId)
			order by p.stationId, p.name""")
	List<PatrolPlan> findAllWithParts(@Param("stationId") @Nullable Long stationId);

}
