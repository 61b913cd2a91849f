package org.stationops.analysis.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;

import javax.sql.DataSource;

import org.stationops.analysis.Label;
import org.stationops.analysis.ScreenQueries;
import org.stationops.shared.StationTime;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The one screen's statements: every figure of a station as a scalar sub-query over an
 * index that starts with {@code station_id}, so the cost grows with the stations shown,
 * not with the years of data.
 */
@Repository
class JdbcScreenQueries implements ScreenQueries {

	private static final String OPEN_STAGES = "k.stage not in ('NOT_FILED', 'CLOSED', 'WITHDRAWN')";

	private static final String STAFFED = """
			(ss.status = 'ACTIVE' and (ss.guard_capacity > 0 or ss.resident_officer_id is not null)
			 and (ss.round_the_clock
			      or (ss.opens_at < ss.closes_at and cast(:at as time) >= ss.opens_at and cast(:at as time) < ss.closes_at)
			      or (ss.opens_at > ss.closes_at and (cast(:at as time) >= ss.opens_at or cast(:at as time) < ss.closes_at))))""";

	private static final String FIGURES = """
			select s.id, s.name,
			  (select count(*) from incidents i where i.station_id = s.id
			     and i.received_at >= :dayStart and i.received_at < :dayEnd) as today,
			  (select count(*) from incidents i where i.station_id = s.id
			     and i.received_at >= :since and i.received_at <= :now) as last24,
			  o.under_hour, o.one_four, o.four_day, o.over_day, o.urgent_waiting,
			  (select count(*) from cases k where k.station_id = s.id and k.deadline_at >= :now
			     and k.deadline_at < :dayEnd and %1$s) as due_today,
			  (select count(*) from cases k where k.station_id = s.id and k.deadline_at < :now and %1$s) as overdue,
			  (select count(*) from dispute_follow_ups f where f.station_id = s.id and f.done_on is null
			     and f.due_on <= :today) as follow_ups,
			  (select count(*) from enterprises e where e.station_id = s.id and e.next_due_on = :today) as visits_today,
			  (select count(*) from enterprises e where e.station_id = s.id and e.next_due_on < :today) as visits_overdue,
			  (select count(*) from service_stations ss where ss.station_id = s.id and ss.status = 'ACTIVE') as active,
			  (select count(*) from service_stations ss where ss.station_id = s.id and %2$s) as staffed,
			  (select coalesce(sum(c.residents), 0) from residential_compounds c where c.station_id = s.id) as residents,
			  (select coalesce(sum(c.residents), 0) from residential_compounds c where c.station_id = s.id
			     and exists (select 1 from service_stations ss where ss.station_id = s.id and %2$s
			       and earth_box(ll_to_earth(c.latitude, c.longitude), :r) @> ll_to_earth(ss.latitude, ss.longitude)
			       and earth_distance(ll_to_earth(c.latitude, c.longitude), ll_to_earth(ss.latitude, ss.longitude)) <= :r))
			     as covered,
			  (select count(*) from cameras cm where cm.station_id = s.id) as cameras,
			  (select count(*) from cameras cm where cm.station_id = s.id and cm.status = 'FAULTY') as faulty
			from stations s
			cross join lateral (
			  select count(*) filter (where i.received_at > :hourAgo) as under_hour,
			         count(*) filter (where i.received_at <= :hourAgo and i.received_at > :fourAgo) as one_four,
			         count(*) filter (where i.received_at <= :fourAgo and i.received_at > :since) as four_day,
			         count(*) filter (where i.received_at <= :since) as over_day,
			         count(*) filter (where i.status = 'RECEIVED' and i.priority = 'URGENT'
			           and i.received_at < :urgentBefore) as urgent_waiting
			  from incidents i where i.station_id = s.id and i.status in ('RECEIVED', 'DISPATCHED', 'ON_SCENE', 'CLEARED')) o
			where s.id in (:stations)
			"""
		.formatted(OPEN_STAGES, STAFFED);

	private static final String GROUPS = """
			select u.station_id, 'unit' as kind, u.status as key, count(*) as n
			  from patrol_units u where u.station_id in (:stations) group by u.station_id, u.status
			union all
			select k.station_id, 'stage', k.stage, count(*)
			  from cases k where k.station_id in (:stations) and %s group by k.station_id, k.stage
			union all
			select d.station_id, 'dispute', d.status, count(*)
			  from disputes d where d.station_id in (:stations) and d.status in ('OPEN', 'AGREED', 'CLOSURE_REQUESTED')
			 group by d.station_id, d.status
			""".formatted(OPEN_STAGES);

	private static final String CATEGORY_HOURS = """
			select i.station_id, p.code, p.name_zh, p.name_en,
			       extract(hour from i.received_at at time zone :zone)::int as hour, count(*) as n
			from incidents i
			join incident_categories c on c.code = i.category_code
			join incident_categories p on p.code = coalesce(c.parent_code, c.code)
			where i.station_id in (:stations) and i.received_at >= :since
			group by i.station_id, p.code, p.name_zh, p.name_en, p.sort_order, 5
			order by p.sort_order
			""";

	private static final String CLOCKS = """
			select k.station_id, k.id, k.case_number, x.arrived_at, x.questioning_ground, x.ends_at
			from (select cs.case_id, cs.arrived_at, cs.questioning_ground,
			             cs.arrived_at + make_interval(hours => case cs.questioning_ground
			               when 'NORMAL' then 8 when 'MANY_OR_UNIDENTIFIED' then 12 else 24 end) as ends_at
			        from case_suspects cs
			       where cs.station_id in (:stations) and cs.arrived_at is not null and cs.status <> 'RELEASED'
			         and cs.arrived_at > :dayAgo) x
			join cases k on k.id = x.case_id
			order by x.ends_at
			limit :limit
			""";

	private final NamedParameterJdbcTemplate jdbc;

	JdbcScreenQueries(DataSource dataSource) {
		this.jdbc = new NamedParameterJdbcTemplate(dataSource);
	}

	@Override
	public List<StationRow> figures(Collection<Long> stationIds, Moment moment, double radiusMetres) {
		Instant now = moment.now();
		MapSqlParameterSource params = new MapSqlParameterSource("stations", stationIds).addValue("now", utc(now))
			.addValue("dayStart", utc(moment.dayStart()))
			.addValue("dayEnd", utc(moment.dayEnd()))
			.addValue("since", utc(now.minusSeconds(24 * 3600)))
			.addValue("hourAgo", utc(now.minusSeconds(3600)))
			.addValue("fourAgo", utc(now.minusSeconds(4 * 3600)))
			.addValue("today", moment.today())
			.addValue("at", moment.timeOfDay().withNano(0))
			.addValue("r", radiusMetres)
			.addValue("urgentBefore", utc(moment.urgentBefore()));
		return this.jdbc.query(FIGURES, params,
				(rs, n) -> new StationRow(rs.getLong("id"), rs.getString("name"), rs.getLong("today"),
						rs.getLong("last24"), rs.getLong("under_hour"), rs.getLong("one_four"), rs.getLong("four_day"),
						rs.getLong("over_day"), rs.getLong("due_today"), rs.getLong("overdue"),
						rs.getLong("follow_ups"), rs.getLong("visits_today"), rs.getLong("visits_overdue"),
						rs.getLong("active"), rs.getLong("staffed"), rs.getLong("residents"), rs.getLong("covered"),
						rs.getLong("cameras"), rs.getLong("faulty"), rs.getLong("urgent_waiting")));
	}

	@Override
	public List<GroupRow> groups(Collection<Long> stationIds) {
		return this.jdbc.query(GROUPS, new MapSqlParameterSource("stations", stationIds),
				(rs, n) -> new GroupRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4)));
	}

	@Override
	public List<CategoryHourRow> categoryHours(Collection<Long> stationIds, Instant since) {
		MapSqlParameterSource params = new MapSqlParameterSource("stations", stationIds)
			.addValue("zone", StationTime.ZONE.getId())
			.addValue("since", utc(since));
		return this.jdbc.query(CATEGORY_HOURS, params, (rs, n) -> new CategoryHourRow(rs.getLong(1), rs.getString(2),
				new Label(rs.getString(3), rs.getString(4)), rs.getInt("hour"), rs.getLong("n")));
	}

	@Override
	public List<ClockRow> questioningClocks(Collection<Long> stationIds, Instant now, int limit) {
		MapSqlParameterSource params = new MapSqlParameterSource("stations", stationIds)
			.addValue("dayAgo", utc(now.minusSeconds(24 * 3600)))
			.addValue("limit", limit);
		return this.jdbc.query(CLOCKS, params, (rs, n) -> new ClockRow(rs.getLong(1), rs.getLong(2), rs.getString(3),
				instant(rs.getTimestamp(4)), rs.getString(5), instant(rs.getTimestamp(6))));
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	private static Instant instant(Timestamp t) {
		return t.toInstant();
	}

}
