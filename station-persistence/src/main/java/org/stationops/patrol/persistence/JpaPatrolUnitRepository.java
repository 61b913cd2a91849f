package org.stationops.patrol.persistence;

import org.jspecify.annotations.Nullable;
import org.stationops.patrol.PatrolUnit;
import org.stationops.patrol.PatrolUnitRepository;
import org.stationops.patrol.UnitKind;
import org.stationops.patrol.UnitStatus;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

interface JpaPatrolUnitRepository extends PatrolUnitRepository, Repository<PatrolUnit, Long> {

	@Override
	@Query(value = """
			select u from PatrolUnit u
			where (:stationId is null or u.stationId = :stationId)
			  and (:kind is null or u.kind = :kind)
			  and (:status is null or u.status = :status)
			  and (:text = '' or u.name like concat('%', :text, '%') or u.leader like concat('%', :text, '%')
			       or u.affiliation like concat('%', :text, '%'))
			order by u.stationId, u.name""", countQuery = """
			select count(u) from PatrolUnit u
			where (:stationId is null or u.stationId = :stationId)
			  and (:kind is null or u.kind = :kind)
			  and (:status is null or u.status = :status)
			  and (:text = '' or u.name like concat('%', :text, '%') or u.leader like concat('%', :text, '%')
			       or u.affiliation like concat('%', :text, '%'))""")
	Page<PatrolUnit> search(@Param("stationId") @Nullable Long stationId, @Param("kind") @Nullable UnitKind kind,
			@Param("status") @Nullable UnitStatus status, @Param("text") String text, Pageable pageable);

}
