package org.stationops.mediation.persistence;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.stationops.mediation.FollowUp;
import org.stationops.mediation.FollowUpRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

interface JpaFollowUpRepository extends FollowUpRepository, Repository<FollowUp, Long> {

	@Override
	@Query("""
			select f from FollowUp f
			where f.doneOn is null and f.dueOn <= :day
			  and (:stationId is null or f.stationId = :stationId)
			order by f.dueOn, f.id""")
	List<FollowUp> dueBy(@Param("stationId") @Nullable Long stationId, @Param("day") LocalDate day);

}
