package org.stationops.liaison.persistence;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.stationops.liaison.FastChannelTicket;
import org.stationops.liaison.FastChannelTicketRepository;
import org.stationops.liaison.LiaisonFigure;
import org.stationops.liaison.TicketStatus;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

interface JpaFastChannelTicketRepository extends FastChannelTicketRepository, Repository<FastChannelTicket, Long> {

	@Override
	@Query("""
			select t from FastChannelTicket t
			where (:stationId is null or t.stationId = :stationId) and (:status is null or t.status = :status)
			order by t.reportedAt desc, t.id desc
			""")
	Page<FastChannelTicket> list(@Param("stationId") @Nullable Long stationId,
			@Param("status") @Nullable TicketStatus status, Pageable pageable);

	@Override
	@Query(nativeQuery = true, value = """
			select t.officer_id as "officerId", m.metric as "metric", sum(m.value) as "value"
			from fast_channel_tickets t
			cross join lateral (values
			    ('total', 1),
			    ('resolved', case when t.status = 'RESOLVED' then 1 else 0 end),
			    ('onTheSpot', case when t.on_the_spot then 1 else 0 end),
			    ('onTime', case when t.resolved_at is not null and t.resolved_at <= t.resolution_due then 1 else 0 end)
			) as m(metric, value)
			where (cast(:stationId as bigint) is null or t.station_id = :stationId)
			  and t.reported_at >= :from and t.reported_at < :to
			group by t.officer_id, m.metric
			""")
	List<LiaisonFigure> ledger(@Param("stationId") @Nullable Long stationId, @Param("from") Instant from,
			@Param("to") Instant to);

}
