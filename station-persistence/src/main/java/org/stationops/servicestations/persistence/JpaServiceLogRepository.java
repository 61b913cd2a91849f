package org.stationops.servicestations.persistence;

import java.time.Instant;
import java.util.List;

import org.stationops.servicestations.ServiceLogCount;
import org.stationops.servicestations.ServiceLogEntry;
import org.stationops.servicestations.ServiceLogRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

interface JpaServiceLogRepository extends ServiceLogRepository, Repository<ServiceLogEntry, Long> {

	@Override
	@Query("""
			select new org.stationops.servicestations.ServiceLogCount(
			         e.serviceStationId, e.kind, count(e), sum(e.people))
			  from ServiceLogEntry e
			 where e.stationId = :stationId and e.occurredAt >= :from and e.occurredAt < :to
			 group by e.serviceStationId, e.kind""")
	List<ServiceLogCount> countsBetween(@Param("stationId") Long stationId, @Param("from") Instant from,
			@Param("to") Instant to);

}
