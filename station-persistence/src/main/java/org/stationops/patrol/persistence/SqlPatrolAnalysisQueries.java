package org.stationops.patrol.persistence;

import java.time.ZoneOffset;
import java.time.Instant;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import org.jspecify.annotations.Nullable;
import org.stationops.patrol.PatrolAnalysisQueries;
import org.stationops.patrol.PatrolPresence;
import org.stationops.patrol.ResponseTimes;
import org.stationops.shared.StationTime;
import org.springframework.stereotype.Repository;

/**
 * Grouped SQL over incidents, check-ins and video passes for the response-time and
 * where-to-patrol analyses. Hours are taken in the station's zone. Incidents are found by
 * {@code incidents_station_received_idx}, check-ins through their shift's
 * {@code patrol_shifts_station_started_idx} (a shift that started up to a day before the
 * period may still check in inside it).
 */
@Repository
class SqlPatrolAnalysisQueries implements PatrolAnalysisQueries {

	private static final String HOUR = "cast(extract(hour from %s at time zone :zone) as integer)";

	static final String ARRIVALS = "select area_id, " + HOUR.formatted("received_at")
			+ ", cast(extract(epoch from (arrived_at - received_at)) as bigint)" + " from incidents"
			+ " where received_at >= :from and received_at < :to and arrived_at is not null"
			+ " and arrived_at >= received_at %s";

	static final String INCIDENTS = "select area_id, " + HOUR.formatted("received_at") + ", count(*)"
			+ " from incidents where received_at >= :from and received_at < :to and area_id is not null %s"
			+ " group by 1, 2";

	static final String PRESENCE = "select area, hour, sum(n) from ("
			+ "select coalesce(ss.area_id, p.area_id) as area, " + HOUR.formatted("ci.at") + " as hour, count(*) as n"
			+ " from patrol_check_ins ci join patrol_shifts s on s.id = ci.shift_id"
			+ " join patrol_plans p on p.id = s.plan_id join patrol_checkpoints c on c.id = ci.checkpoint_id"
			+ " left join service_stations ss on ss.id = c.service_station_id"
			+ " where s.started_at >= :early and s.started_at < :to and ci.at >= :from and ci.at < :to"
			+ " and coalesce(ss.area_id, p.area_id) is not null %1$s group by 1, 2" + " union all select cam.area_id, "
			+ HOUR.formatted("v.at") + ", count(*)"
			+ " from patrol_video_passes v join cameras cam on cam.id = v.camera_id"
			+ " where v.at >= :from and v.at < :to and cam.area_id is not null %2$s group by 1, 2"
			+ ") presence group by area, hour";

	private final EntityManager entityManager;

	SqlPatrolAnalysisQueries(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	@Override
	public List<ResponseTimes.Sample> arrivals(@Nullable Long stationId, Instant from, Instant to) {
		return rows(ARRIVALS, new String[] { "station_id" }, stationId, from, to).stream()
			.map(r -> new ResponseTimes.Sample((r[0] != null) ? ((Number) r[0]).longValue() : null,
					((Number) r[1]).intValue(), ((Number) r[2]).longValue()))
			.toList();
	}

	@Override
	public List<PatrolPresence.Count> incidentsByAreaAndHour(@Nullable Long stationId, Instant from, Instant to) {
		return counts(rows(INCIDENTS, new String[] { "station_id" }, stationId, from, to));
	}

	@Override
	public List<PatrolPresence.Count> presenceByAreaAndHour(@Nullable Long stationId, Instant from, Instant to) {
		return counts(rows(PRESENCE, new String[] { "s.station_id", "v.station_id" }, stationId, from, to));
	}

	private static List<PatrolPresence.Count> counts(List<Object[]> rows) {
		return rows.stream()
			.map(r -> new PatrolPresence.Count(((Number) r[0]).longValue(), ((Number) r[1]).intValue(),
					((Number) r[2]).longValue()))
			.toList();
	}

	@SuppressWarnings("unchecked")
	private List<Object[]> rows(String sql, String[] stationColumns, @Nullable Long stationId, Instant from,
			Instant to) {
		Object[] clauses = java.util.Arrays.stream(stationColumns)
			.map(column -> (stationId != null) ? "and " + column + " = :station" : "")
			.toArray();
		String text = sql.formatted(clauses);
		Query query = this.entityManager.createNativeQuery(text)
			.setParameter("zone", StationTime.ZONE.getId())
			.setParameter("from", from.atOffset(ZoneOffset.UTC))
			.setParameter("to", to.atOffset(ZoneOffset.UTC));
		if (text.contains(":early")) {
			query.setParameter("early", from.minus(java.time.Duration.ofDays(1)).atOffset(ZoneOffset.UTC));
		}
		if (stationId != null) {
			query.setParameter("station", stationId);
		}
		return query.getResultList();
	}

}
