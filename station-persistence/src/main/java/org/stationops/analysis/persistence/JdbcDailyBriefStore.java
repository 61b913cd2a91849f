package org.stationops.analysis.persistence;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.stationops.analysis.DailyBrief;
import org.stationops.analysis.DailyBriefStore;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The daily briefs in {@code daily_briefs}; the generation lock is a transaction-scoped
 * PostgreSQL advisory lock, so it needs no table and cannot outlive a crashed node.
 */
@Repository
class JdbcDailyBriefStore implements DailyBriefStore {

	/** The advisory lock's key: "StOpsDB1" as a number, unique to this job. */
	static final long LOCK_KEY = 0x53744f7073444231L;

	private final NamedParameterJdbcTemplate jdbc;

	JdbcDailyBriefStore(DataSource dataSource) {
		this.jdbc = new NamedParameterJdbcTemplate(dataSource);
	}

	@Override
	public boolean tryLockGeneration() {
		return Boolean.TRUE.equals(this.jdbc.queryForObject("select pg_try_advisory_xact_lock(:key)",
				new MapSqlParameterSource("key", LOCK_KEY), Boolean.class));
	}

	@Override
	public List<Long> stationsWithBrief(Collection<Long> stationIds, LocalDate day) {
		return this.jdbc.queryForList(
				"select station_id from daily_briefs where station_id in (:stations) and brief_date = :day",
				new MapSqlParameterSource("stations", stationIds).addValue("day", day), Long.class);
	}

	@Override
	public boolean insertIfAbsent(NewBrief brief) {
		return this.jdbc.update("""
				insert into daily_briefs (station_id, brief_date, generated_at, incidents, previous, year_ago,
				  significant, pdf)
				values (:station, :day, :at, :incidents, :previous, :yearAgo, :significant, :pdf)
				on conflict (station_id, brief_date) do nothing
				""",
				new MapSqlParameterSource("station", brief.stationId()).addValue("day", brief.day())
					.addValue("at", brief.generatedAt().atOffset(ZoneOffset.UTC))
					.addValue("incidents", brief.incidents())
					.addValue("previous", brief.previous())
					.addValue("yearAgo", brief.yearAgo())
					.addValue("significant", brief.significant())
					.addValue("pdf", brief.pdf())) == 1;
	}

	@Override
	public List<DailyBrief> list(Collection<Long> stationIds, int offset, int limit) {
		return this.jdbc.query("""
				select b.id, b.station_id, s.name, b.brief_date, b.generated_at, b.incidents, b.previous,
				       b.year_ago, b.significant
				from daily_briefs b join stations s on s.id = b.station_id
				where b.station_id in (:stations)
				order by b.brief_date desc, s.name
				offset :offset limit :limit
				""",
				new MapSqlParameterSource("stations", stationIds).addValue("offset", offset).addValue("limit", limit),
				(rs, n) -> new DailyBrief(rs.getLong("id"), rs.getLong("station_id"), rs.getString("name"),
						rs.getObject("brief_date", LocalDate.class),
						rs.getObject("generated_at", OffsetDateTime.class).toInstant(), rs.getLong("incidents"),
						rs.getLong("previous"), rs.getLong("year_ago"), rs.getInt("significant")));
	}

	@Override
	public long count(Collection<Long> stationIds) {
		Long count = this.jdbc.queryForObject("select count(*) from daily_briefs where station_id in (:stations)",
				new MapSqlParameterSource("stations", stationIds), Long.class);
		return (count != null) ? count : 0;
	}

	@Override
	public Optional<BriefPdf> pdf(long id) {
		return this.jdbc
			.query("select station_id, brief_date, pdf from daily_briefs where id = :id",
					new MapSqlParameterSource("id", id),
					(rs, n) -> new BriefPdf(rs.getLong("station_id"), rs.getObject("brief_date", LocalDate.class),
							rs.getBytes("pdf")))
			.stream()
			.findFirst();
	}

}
