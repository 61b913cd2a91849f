package org.stationops.patrol.persistence;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.stationops.patrol.PatrolShift;
import org.stationops.patrol.PatrolShiftRepository;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

interface JpaPatrolShiftRepository extends PatrolShiftRepository, Repository<PatrolShift, Long> {

	@Override
	@Query(value = """
			select s from PatrolShift s
			where (:stationId is null or s.stationId = :stationId) and s.startedAt >= :from and s.startedAt < :to
			order by s.startedAt desc""", countQuery = """
			select count(s) from PatrolShift s
			where (:stationId is null or s.stationId = :stationId) and s.startedAt >= :from and s.startedAt < :to""")
	Page<PatrolShift> findStarted(@Param("stationId") @Nullable Long stationId, @Param("from") Instant from,
			@Param("to") Instant to, Pageable pageable);

	@Override
	@Query("""
			select distinct s from PatrolShift s left join fetch s.checkIns
			where s.planId in :planIds and s.startedAt >= :from and s.startedAt < :to
			order by s.startedAt""")
	List<PatrolShift> findWithCheckInsByPlans(@Param("planIds") Collection<Long> planIds, @Param("from") Instant from,
			@Param("to") Instant to);

}
