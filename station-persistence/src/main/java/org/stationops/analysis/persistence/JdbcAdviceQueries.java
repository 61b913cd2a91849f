package org.stationops.analysis.persistence;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.stationops.analysis.AdviceQueries;
import org.stationops.analysis.AdviceTarget;
import org.stationops.analysis.Label;
import org.stationops.shared.StationTime;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Prevention advice's statements: targets from the enterprise register, the compounds and
 * the service stations (by their {@code station_id} indexes), and weekly counts over the
 * incidents' {@code (station_id, received_at)} index.
 */
@Repository
class JdbcAdviceQueries implements AdviceQueries {

	private static final String TARGETS = """
			select 'ENTERPRISE' as kind, e.id, e.name, null::bigint as area_id from enterprises e where e.station_id = :station
			union all
			select 'COMPOUND', c.id, c.name, c.area_id from residential_compounds c where c.station_id = :station
			union all
			select 'SERVICE_STATION', s.id, s.name, s.area_id from service_stations s where s.station_id = :station
			""";

	private static final String CATEGORIES = """
			select c.code, c.name_zh, c.name_en, c.parent_code is null as top
			from incident_categories c left join incident_categories p on p.code = c.parent_code
			order by coalesce(p.sort_order, c.sort_order), coalesce(p.code, c.code), c.parent_code nulls first, c.sort_order
			""";

	private static final String WEEKLY = """
			select floor(extract(epoch from i.received_at - :from) / 604800)::int as week, count(*) as n
			from incidents i
			join incident_categories c on c.code = i.category_code
			where i.station_id = :station and i.received_at >= :from and i.received_at < :to
			  and (cast(:area as bigint) is null or i.area_id = :area)
			  and (cast(:category as text) is null or c.code = :category or c.parent_code = :category)
			group by 1
			""";

	private static final RowMapper<Target> TARGET = (rs, n) -> new Target(AdviceTarget.valueOf(rs.getString(1)),
			rs.getLong(2), rs.getString(3), longOrNull(rs.getObject(4)));

	private final NamedParameterJdbcTemplate jdbc;

	JdbcAdviceQueries(DataSource dataSource) {
		this.jdbc = new NamedParameterJdbcTemplate(dataSource);
	}

	@Override
	public List<Target> targets(long stationId) {
		return this.jdbc.query("select * from (" + TARGETS + ") t order by kind, name",
				new MapSqlParameterSource("station", stationId), TARGET);
	}

	@Override
	public Optional<Target> target(long stationId, AdviceTarget kind, long id) {
		var params = new MapSqlParameterSource("station", stationId).addValue("kind", kind.name()).addValue("id", id);
		return this.jdbc.query("select * from (" + TARGETS + ") t where kind = :kind and id = :id", params, TARGET)
			.stream()
			.findFirst();
	}

	@Override
	public List<Category> categories() {
		return this.jdbc.query(CATEGORIES, (rs, n) -> new Category(rs.getString(1),
				new Label(rs.getString(2), rs.getString(3)), rs.getBoolean(4)));
	}

	@Override
	public long[] weeklyCounts(long stationId, @Nullable Long areaId, @Nullable String categoryCode, LocalDate from,
			int weeks) {
		long[] counts = new long[weeks];
		var params = new MapSqlParameterSource("station", stationId).addValue("area", areaId)
			.addValue("category", categoryCode)
			.addValue("from", start(from))
			.addValue("to", start(from.plusWeeks(weeks)));
		this.jdbc.query(WEEKLY, params, rs -> {
			int week = rs.getInt(1);
			if (week >= 0 && week < weeks) {
				counts[week] = rs.getLong(2);
			}
		});
		return counts;
	}

	private static java.time.OffsetDateTime start(LocalDate day) {
		return day.atStartOfDay(StationTime.ZONE).toInstant().atOffset(ZoneOffset.UTC);
	}

	private static @Nullable Long longOrNull(@Nullable Object value) {
		return (value instanceof Number n) ? n.longValue() : null;
	}

}
