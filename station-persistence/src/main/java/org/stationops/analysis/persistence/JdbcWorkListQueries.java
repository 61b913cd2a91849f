package org.stationops.analysis.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import javax.sql.DataSource;

import org.stationops.analysis.WorkListQueries;
import org.stationops.shared.StationTime;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The work lists' statements, each over an index that starts with the station or the
 * officer.
 */
@Repository
class JdbcWorkListQueries implements WorkListQueries {

	private static final int SHOWN = 8;

	private static final String APPOINTMENTS = """
			select a.id, a.slot_start, a.service, ss.name, a.status
			from appointments a join service_stations ss on ss.id = a.service_station_id
			where a.station_id = :station and a.slot_start >= :from and a.slot_start < :to
			  and a.officer_id = :officer and a.status <> 'CANCELLED'
			order by a.slot_start limit :limit
			""";

	private static final String PLANS = """
			select p.id, p.name, u.name as unit, (p.days & (1 << (:dow - 1))) <> 0 as today
			from patrol_plans p join patrol_units u on u.id = p.unit_id
			where p.station_id = :station
			  and exists (select 1 from patrol_shifts sh where sh.plan_id = p.id and sh.started_by = :username
			              and sh.started_at >= :since)
			order by 4 desc, p.name limit :limit
			""";

	private static final String FOLLOW_UPS = """
			select d.id, d.file_number, d.title, f.due_on, f.due_on < :today as overdue
			from dispute_follow_ups f join disputes d on d.id = f.dispute_id
			where f.station_id = :station and f.done_on is null and f.due_on <= :until
			  and exists (select 1 from dispute_mediators m where m.dispute_id = d.id and m.officer_id = :officer)
			order by f.due_on limit :limit
			""";

	private static final String SCREENINGS = """
			select c.id, c.name, c.ends_on, e.id, e.name
			from screening_campaigns c
			join screening_targets t on t.campaign_id = c.id
			join enterprises e on e.id = t.enterprise_id
			where c.station_id = :station and c.status = 'ACTIVE' and c.starts_on <= :today and c.ends_on >= :today
			  and e.liaison_officer_id = :officer
			  and not exists (select 1 from screenings s where s.campaign_id = c.id and s.enterprise_id = e.id)
			order by c.ends_on, e.name limit :limit
			""";

	private static final String LIAISON_MONTH = """
			select
			  (select count(*) from enterprises e where e.station_id = :station and e.liaison_officer_id = :officer) as enterprises,
			  (select count(*) from enterprises e where e.station_id = :station and e.liaison_officer_id = :officer
			     and e.next_due_on < :today) as overdue,
			  (select count(*) from liaison_visits v where v.officer_id = :officer
			     and v.visited_on >= :from and v.visited_on < :to) as visits,
			  (select count(*) from fast_channel_tickets t where t.station_id = :station and t.officer_id = :officer
			     and t.reported_at >= :fromAt and t.reported_at < :toAt) as tickets,
			  (select count(*) from screenings s where s.station_id = :station and s.officer_id = :officer
			     and s.screened_on >= :from and s.screened_on < :to) as screened
			""";

	private static final String OVERDUE = """
			select * from (
			  select o.id, o.display_name,
			    (select count(*) from cases k where k.station_id = :station and k.lead_officer_id = o.id
			       and k.deadline_at < :now and k.stage not in ('NOT_FILED', 'CLOSED', 'WITHDRAWN')) as cases,
			    (select count(*) from incidents i where i.station_id = :station and i.assigned_officer_id = o.id
			       and i.status in ('RECEIVED', 'DISPATCHED', 'ON_SCENE', 'CLEARED') and i.received_at < :dayAgo) as incidents,
			    (select count(*) from enterprises e where e.station_id = :station and e.liaison_officer_id = o.id
			       and e.next_due_on < :today) as visits,
			    (select count(*) from dispute_follow_ups f join dispute_mediators m on m.dispute_id = f.dispute_id
			       where m.officer_id = o.id and f.station_id = :station and f.done_on is null and f.due_on < :today) as follow_ups
			  from officers o where o.station_id = :station and o.active) x
			where cases + incidents + visits + follow_ups > 0
			order by cases + incidents + visits + follow_ups desc, display_name
			""";

	private static final String DISPUTES = """
			select d.id, d.file_number, d.title, d.escalated, d.risk_grade,
			       coalesce(d.closure_requested_on, d.registered_on) as since, d.status = 'CLOSURE_REQUESTED' as closure
			from disputes d
			where d.station_id = :station and (d.status = 'CLOSURE_REQUESTED'
			   or (d.escalated and d.status in ('OPEN', 'AGREED')))
			order by 7 desc, 6 limit 20
			""";

	private final NamedParameterJdbcTemplate jdbc;

	JdbcWorkListQueries(DataSource dataSource) {
		this.jdbc = new NamedParameterJdbcTemplate(dataSource);
	}

	@Override
	public List<Appointment> appointmentsOf(long stationId, long officerId, LocalDate day) {
		var params = new MapSqlParameterSource("station", stationId).addValue("officer", officerId)
			.addValue("from", start(day))
			.addValue("to", start(day.plusDays(1)))
			.addValue("limit", SHOWN);
		return this.jdbc.query(APPOINTMENTS, params, (rs, n) -> new Appointment(rs.getLong(1),
				rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4), rs.getString(5)));
	}

	@Override
	public List<Plan> plansPatrolledBy(long stationId, String username, Instant now, LocalDate today) {
		var params = new MapSqlParameterSource("station", stationId).addValue("username", username)
			.addValue("since", now.minusSeconds(30L * 24 * 3600).atOffset(ZoneOffset.UTC))
			.addValue("dow", today.getDayOfWeek().getValue())
			.addValue("limit", SHOWN);
		return this.jdbc.query(PLANS, params,
				(rs, n) -> new Plan(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBoolean(4)));
	}

	@Override
	public List<FollowUp> followUpsOf(long stationId, long officerId, LocalDate today, LocalDate until) {
		var params = new MapSqlParameterSource("station", stationId).addValue("officer", officerId)
			.addValue("until", until)
			.addValue("today", today)
			.addValue("limit", SHOWN);
		return this.jdbc.query(FOLLOW_UPS, params, (rs, n) -> new FollowUp(rs.getLong(1), rs.getString(2),
				rs.getString(3), rs.getObject(4, LocalDate.class), rs.getBoolean(5)));
	}

	@Override
	public List<Screening> screeningsOf(long stationId, long officerId, LocalDate today) {
		var params = new MapSqlParameterSource("station", stationId).addValue("officer", officerId)
			.addValue("today", today)
			.addValue("limit", SHOWN);
		return this.jdbc.query(SCREENINGS, params, (rs, n) -> new Screening(rs.getLong(1), rs.getString(2),
				rs.getObject(3, LocalDate.class), rs.getLong(4), rs.getString(5)));
	}

	@Override
	public LiaisonMonth liaisonMonthOf(long stationId, long officerId, LocalDate from, LocalDate to, LocalDate today) {
		var params = new MapSqlParameterSource("station", stationId).addValue("officer", officerId)
			.addValue("from", from)
			.addValue("to", to)
			.addValue("fromAt", start(from))
			.addValue("toAt", start(to))
			.addValue("today", today);
		return this.jdbc.queryForObject(LIAISON_MONTH, params,
				(rs, n) -> new LiaisonMonth(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)));
	}

	@Override
	public List<OfficerOverdue> overdueByOfficer(long stationId, Instant now, LocalDate today) {
		var params = new MapSqlParameterSource("station", stationId).addValue("now", now.atOffset(ZoneOffset.UTC))
			.addValue("dayAgo", now.minusSeconds(24 * 3600).atOffset(ZoneOffset.UTC))
			.addValue("today", today);
		return this.jdbc.query(OVERDUE, params, (rs, n) -> new OfficerOverdue(rs.getLong(1), rs.getString(2),
				rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6)));
	}

	@Override
	public List<DisputeItem> disputesToReview(long stationId) {
		return this.jdbc.query(DISPUTES, new MapSqlParameterSource("station", stationId),
				(rs, n) -> new DisputeItem(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBoolean(4),
						rs.getString(5), rs.getObject(6, LocalDate.class), rs.getBoolean(7)));
	}

	private static java.time.OffsetDateTime start(LocalDate day) {
		return day.atStartOfDay(StationTime.ZONE).toInstant().atOffset(ZoneOffset.UTC);
	}

}
