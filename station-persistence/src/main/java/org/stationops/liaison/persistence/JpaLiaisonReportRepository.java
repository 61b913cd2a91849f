package org.stationops.liaison.persistence;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.stationops.liaison.Enterprise;
import org.stationops.liaison.LiaisonFigure;
import org.stationops.liaison.LiaisonReportRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

interface JpaLiaisonReportRepository extends LiaisonReportRepository, Repository<Enterprise, Long> {

	@Override
	@Query(nativeQuery = true,
			value = """
					select f.officer_id as "officerId", m.metric as "metric", sum(m.value) as "value"
					from (
					    select e.liaison_officer_id as officer_id,
					           case when exists (select 1 from liaison_visits v
					                             where v.enterprise_id = e.id and v.mode = 'VISIT'
					                               and v.visited_on <= cast(:to as date) and v.visited_on > cast(:to as date) - e.visit_every_days)
					                then 1 else 0 end as within,
					           case when e.next_due_on < cast(:today as date) then 1 else 0 end as overdue
					    from enterprises e
					    where e.liaison_officer_id is not null
					      and (cast(:stationId as bigint) is null or e.station_id = :stationId)
					) f
					cross join lateral (values ('enterprises', 1), ('withinCadence', f.within), ('overdue', f.overdue))
					    as m(metric, value)
					group by f.officer_id, m.metric
					""")
	List<LiaisonFigure> cadenceFigures(@Param("stationId") @Nullable Long stationId, @Param("to") LocalDate to,
			@Param("today") LocalDate today);

	@Override
	@Query(nativeQuery = true, value = """
			select v.officer_id as "officerId", p.purpose as "metric", count(*) as "value"
			from liaison_visits v
			cross join lateral unnest(string_to_array(v.purposes, ',')) as p(purpose)
			where (cast(:stationId as bigint) is null or v.station_id = :stationId)
			  and v.visited_on between :from and :to
			group by v.officer_id, p.purpose
			""")
	List<LiaisonFigure> visitsByPurpose(@Param("stationId") @Nullable Long stationId, @Param("from") LocalDate from,
			@Param("to") LocalDate to);

	@Override
	@Query(nativeQuery = true, value = """
			select v.officer_id as "officerId", 'visits' as "metric", count(*) as "value"
			from liaison_visits v
			where (cast(:stationId as bigint) is null or v.station_id = :stationId)
			  and v.visited_on between :from and :to
			group by v.officer_id
			""")
	List<LiaisonFigure> visits(@Param("stationId") @Nullable Long stationId, @Param("from") LocalDate from,
			@Param("to") LocalDate to);

	@Override
	@Query(nativeQuery = true, value = """
			select s.officer_id as "officerId", 'screened' as "metric", count(distinct s.enterprise_id) as "value"
			from screenings s
			where (cast(:stationId as bigint) is null or s.station_id = :stationId)
			  and s.screened_on between :from and :to
			group by s.officer_id
			""")
	List<LiaisonFigure> screenings(@Param("stationId") @Nullable Long stationId, @Param("from") LocalDate from,
			@Param("to") LocalDate to);

}
