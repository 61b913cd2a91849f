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

	@Override
	@Query("""
			select f from FollowUp f
			where f.disputeId in (select d.id from Dispute d
			    where (:stationId is null or d.stationId = :stationId)
			      and (:areaId is null or d.areaId = :areaId)
			      and d.registeredOn between :from and :to)""")
	List<FollowUp> ofDisputesRegisteredBetween(@Param("stationId") @Nullable Long stationId,
			@Param("areaId") @Nullable Long areaId, @Param("from") LocalDate from, @Param("to") LocalDate to);

}
