package org.stationops.mediation.persistence;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.stationops.mediation.Dispute;
import org.stationops.mediation.DisputeRepository;
import org.stationops.mediation.DisputeStatus;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

interface JpaDisputeRepository extends DisputeRepository, Repository<Dispute, Long> {

	@Override
	@Query("""
			select d from Dispute d
			where (:stationId is null or d.stationId = :stationId)
			  and (:status is null or d.status = :status)
			  and (:officerId is null or exists (select m from MediatorAssignment m
			       where m.disputeId = d.id and m.officerId = :officerId))
			order by d.registeredOn desc, d.id desc""")
	Page<Dispute> search(@Param("stationId") @Nullable Long stationId, @Param("status") @Nullable DisputeStatus status,
			@Param("officerId") @Nullable Long officerId, Pageable pageable);

	@Override
	@Query("""
			select d from Dispute d
			where (:stationId is null or d.stationId = :stationId)
			  and (:areaId is null or d.areaId = :areaId)
			  and d.registeredOn between :from and :to
			order by d.registeredOn, d.id""")
	List<Dispute> registeredBetween(@Param("stationId") @Nullable Long stationId,
			@Param("areaId") @Nullable Long areaId, @Param("from") LocalDate from, @Param("to") LocalDate to);

	@Override
	@Query("""
			select d from Dispute d
			where d.status = org.stationops.mediation.DisputeStatus.OPEN
			  and exists (select m from MediatorAssignment m where m.disputeId = d.id and m.officerId = :officerId)
			order by d.registeredOn, d.id""")
	List<Dispute> openAssignedTo(@Param("officerId") Long officerId);

}
