package org.stationops.emergency.persistence;

import org.jspecify.annotations.Nullable;
import org.stationops.emergency.EmergencyPlan;
import org.stationops.emergency.EmergencyPlanRepository;
import org.stationops.emergency.Scenario;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

interface JpaEmergencyPlanRepository extends EmergencyPlanRepository, Repository<EmergencyPlan, Long> {

	@Override
	@Query(value = """
			select p from EmergencyPlan p
			where (:stationId is null or p.stationId = :stationId)
			  and (:scenario is null or p.scenario = :scenario)
			order by p.stationId, p.scenario, p.name""", countQuery = """
			select count(p) from EmergencyPlan p
			where (:stationId is null or p.stationId = :stationId)
			  and (:scenario is null or p.scenario = :scenario)""")
	Page<EmergencyPlan> list(@Param("stationId") @Nullable Long stationId,
			@Param("scenario") @Nullable Scenario scenario, Pageable pageable);

}
