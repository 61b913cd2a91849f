package org.stationops.analysis.persistence;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.stationops.analysis.AnalysisQueries;
import org.stationops.analysis.KpiFigures;
import org.stationops.analysis.Label;
import org.stationops.analysis.ReportPeriod;
import org.stationops.shared.StationTime;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The analysis's statements. Each one is a single grouped query over the stations in
 * scope, backed by the tables' {@code (station_id, <time>)} indexes; the breakdowns are
 * folded from its rows in core.
 */
@Repository
class JdbcAnalysisQueries implements AnalysisQueries {

	/**
	 * Incidents are counted on narrow keys first (station, area, category code: ~2,000
	 * groups for the fifteen stations of a district over a month, its previous month and
	 * its year-ago month), the names are joined to those groups afterwards: grouping the
	 * ~90,000 incident rows by thirteen columns including the joined names cost about
	 * four times as much (docs/performance.md, "District volume").
	 */
	private static final String COUNTS = """
			with n as (
			  select i.station_id, i.area_id, i.category_code,
			         count(*) filter (where i.received_at >= :curFrom and i.received_at < :curTo) as cur,
			         count(*) filter (where i.received_at >= :prevFrom and i.received_at < :prevTo) as prev,
			         count(*) filter (where i.received_at >= :yagoFrom and i.received_at < :yagoTo) as yago
			  from incidents i
			  where i.station_id in (:stations)
			    and ((i.received_at >= :curFrom and i.received_at < :curTo)
			      or (i.received_at >= :prevFrom and i.received_at < :prevTo)
			      or (i.received_at >= :yagoFrom and i.received_at < :yagoTo))
			  group by i.station_id, i.area_id, i.category_code)
			select n.station_id, s.name as station_name, n.area_id, a.name as area_name,
			       p.code as category_code, p.name_zh as category_zh, p.name_en as category_en,
			       c.code as sub_code, c.name_zh as sub_zh, c.name_en as sub_en, c.preventable,
			       n.cur, n.prev, n.yago
			from n
			join stations s on s.id = n.station_id
			join incident_categories c on c.code = n.category_code
			join incident_categories p on p.code = coalesce(c.parent_code, c.code)
			left join areas a on a.id = n.area_id
			order by p.sort_order, c.sort_order, n.station_id, n.area_id
			""";

	/** Counted on narrow keys first, names joined to the groups (as {@link #COUNTS}). */
	private static final String HOURS = """
			with n as (
			  select i.station_id, i.area_id, extract(hour from i.received_at at time zone :zone)::int as hour,
			         count(*) as n
			  from incidents i
			  where i.station_id in (:stations) and i.received_at >= :from and i.received_at < :to
			  group by 1, 2, 3)
			select n.station_id, s.name as station_name, n.area_id, a.name as area_name, n.hour, n.n
			from n
			join stations s on s.id = n.station_id
			left join areas a on a.id = n.area_id
			""";

	private static final String KPIS = """
			select
			  (select count(*) from officers o where o.station_id in (:stations) and o.active
			     and o.roles ~ '(^|,)(OFFICER|LIAISON|SUPERVISOR)(,|$)') as officers,
			  (select coalesce(sum(s.actual_population), 0) from stations s where s.id in (:stations)) as population,
			  (select count(*) from cases k where k.station_id in (:stations)
			     and k.filed_on >= :fromDay and k.filed_on < :toDay) as filed,
			  (select count(*) from cases k where k.station_id in (:stations)
			     and k.filed_on >= :fromDay and k.filed_on < :toDay
			     and k.stage in ('SOLVED', 'PUNISHMENT_DECIDED', 'TRANSFERRED_FOR_PROSECUTION', 'CLOSED')) as cleared,
			  r.responses, r.median_s, r.p90_s,
			  (select count(*) from disputes d where d.station_id in (:stations)
			     and d.agreement_reached_on >= :fromDay and d.agreement_reached_on < :toDay) as agreed,
			  (select count(*) from disputes d where d.station_id in (:stations)
			     and d.failed_on >= :fromDay and d.failed_on < :toDay) as failed,
			  (select count(*) from enterprises e where e.station_id in (:stations) and e.created_on < :toDay) as enterprises,
			  (select count(distinct v.enterprise_id) from liaison_visits v where v.station_id in (:stations)
			     and v.visited_on >= :fromDay and v.visited_on < :toDay) as visited,
			  (select count(*) from appointments ap where ap.station_id in (:stations)
			     and ap.slot_start >= :from and ap.slot_start < :to and ap.status <> 'CANCELLED') as appointments,
			  (select count(*) from appointments ap where ap.station_id in (:stations)
			     and ap.slot_start >= :from and ap.slot_start < :to
			     and ap.status in ('HANDLED', 'TAKEN_BACK', 'COMPLETED')) as handled,
			  w.protected, w.warnings, w.dissuaded,
			  (select coalesce(sum(ps.headcount), 0) from fraud_publicity_sessions ps where ps.station_id in (:stations)
			     and ps.held_on >= :fromDay and ps.held_on < :toDay) as reached
			from
			  (select count(*) as responses,
			          percentile_cont(0.5) within group (order by extract(epoch from i.arrived_at - i.received_at)) as median_s,
			          percentile_cont(0.9) within group (order by extract(epoch from i.arrived_at - i.received_at)) as p90_s
			   from incidents i where i.station_id in (:stations) and i.received_at >= :from and i.received_at < :to
			     and i.arrived_at is not null and i.arrived_at >= i.received_at) r,
			  (select coalesce(sum(f.protected_amount), 0) as protected, count(*) as warnings,
			          count(*) filter (where f.outcome = 'DISSUADED') as dissuaded
			   from fraud_warnings f where f.station_id in (:stations) and f.warned_at >= :from and f.warned_at < :to) w
			""";

	private final NamedParameterJdbcTemplate jdbc;

	JdbcAnalysisQueries(DataSource dataSource) {
		this.jdbc = new NamedParameterJdbcTemplate(dataSource);
	}

	@Override
	public List<CountRow> incidentCounts(Collection<Long> stationIds, ReportPeriod.Windows windows) {
		MapSqlParameterSource params = new MapSqlParameterSource("stations", stationIds);
		window(params, "cur", windows.current());
		window(params, "prev", windows.previous());
		window(params, "yago", windows.yearAgo());
		return this.jdbc.query(COUNTS, params,
				(rs, n) -> new CountRow(rs.getLong("station_id"), rs.getString("station_name"),
						longOrNull(rs, "area_id"), rs.getString("area_name"), rs.getString("category_code"),
						new Label(rs.getString("category_zh"), rs.getString("category_en")), rs.getString("sub_code"),
						new Label(rs.getString("sub_zh"), rs.getString("sub_en")), rs.getBoolean("preventable"),
						rs.getLong("cur"), rs.getLong("prev"), rs.getLong("yago")));
	}

	@Override
	public List<HourRow> incidentHours(Collection<Long> stationIds, ReportPeriod.Window window) {
		MapSqlParameterSource params = new MapSqlParameterSource("stations", stationIds)
			.addValue("zone", StationTime.ZONE.getId())
			.addValue("from", start(window.from()))
			.addValue("to", start(window.to()));
		return this.jdbc.query(HOURS, params,
				(rs, n) -> new HourRow(rs.getLong("station_id"), rs.getString("station_name"),
						longOrNull(rs, "area_id"), rs.getString("area_name"), rs.getInt("hour"), rs.getLong("n")));
	}

	@Override
	public KpiFigures kpiFigures(Collection<Long> stationIds, ReportPeriod.Window window) {
		MapSqlParameterSource params = new MapSqlParameterSource("stations", stationIds)
			.addValue("from", start(window.from()))
			.addValue("to", start(window.to()))
			.addValue("fromDay", window.from())
			.addValue("toDay", window.to());
		return this.jdbc.queryForObject(KPIS, params,
				(rs, n) -> new KpiFigures(rs.getLong("officers"), rs.getLong("population"), rs.getLong("filed"),
						rs.getLong("cleared"), rs.getLong("responses"), doubleOrNull(rs, "median_s"),
						doubleOrNull(rs, "p90_s"), rs.getLong("agreed"), rs.getLong("failed"),
						rs.getLong("enterprises"), rs.getLong("visited"), rs.getLong("appointments"),
						rs.getLong("handled"), decimal(rs.getBigDecimal("protected")), rs.getLong("warnings"),
						rs.getLong("dissuaded"), rs.getLong("reached")));
	}

	private static void window(MapSqlParameterSource params, String prefix, ReportPeriod.Window window) {
		params.addValue(prefix + "From", start(window.from())).addValue(prefix + "To", start(window.to()));
	}

	private static OffsetDateTime start(LocalDate day) {
		return day.atStartOfDay(StationTime.ZONE).toInstant().atOffset(ZoneOffset.UTC);
	}

	private static @Nullable Long longOrNull(ResultSet rs, String column) throws SQLException {
		long value = rs.getLong(column);
		return rs.wasNull() ? null : value;
	}

	private static @Nullable Double doubleOrNull(ResultSet rs, String column) throws SQLException {
		double value = rs.getDouble(column);
		return rs.wasNull() ? null : value;
	}

	private static BigDecimal decimal(@Nullable BigDecimal value) {
		return (value != null) ? value : BigDecimal.ZERO;
	}

}
