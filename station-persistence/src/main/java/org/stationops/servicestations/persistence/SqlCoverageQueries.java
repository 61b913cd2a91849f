package org.stationops.servicestations.persistence;

import java.time.LocalTime;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import org.jspecify.annotations.Nullable;
import org.stationops.servicestations.CoverageQueries;
import org.stationops.servicestations.GeoPoint;
import org.stationops.servicestations.ServiceStationKind;
import org.stationops.servicestations.ServiceStationStatus;
import org.springframework.stereotype.Repository;

/**
 * Coverage on the sphere with PostgreSQL's cube + earthdistance:
 * {@code earth_box(p, r) @>
 * ll_to_earth(..)} selects candidates through the GiST indexes on
 * {@code ll_to_earth(latitude, longitude)}, {@code earth_distance(..) <= r} keeps those
 * truly inside the circle (great-circle distance on a sphere of radius 6,378,168 m). A
 * service station covers the compounds of its own police station.
 */
@Repository
class SqlCoverageQueries implements CoverageQueries {

	/**
	 * Active, open at {@code :at} (also across midnight), with guards or a resident
	 * officer.
	 */
	static final String STAFFED = """
			(s.status = 'ACTIVE' and (s.guard_capacity > 0 or s.resident_officer_id is not null)
			 and (s.round_the_clock
			      or (s.opens_at < s.closes_at and cast(:at as time) >= s.opens_at and cast(:at as time) < s.closes_at)
			      or (s.opens_at > s.closes_at and (cast(:at as time) >= s.opens_at or cast(:at as time) < s.closes_at))))""";

	private final EntityManager entityManager;

	SqlCoverageQueries(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	static String compoundsSql(boolean withProposed, boolean oneStation) {
		return """
				select c.id, c.station_id, c.name, c.area_id, c.households, c.residents, c.latitude, c.longitude,
				       exists (select 1 from service_stations s
				                where s.station_id = c.station_id and %s
				                  and earth_box(ll_to_earth(c.latitude, c.longitude), :r) @> ll_to_earth(s.latitude, s.longitude)
				                  and earth_distance(ll_to_earth(c.latitude, c.longitude), ll_to_earth(s.latitude, s.longitude)) <= :r),
				       %s
				  from residential_compounds c
				 %s
				 order by c.station_id, c.name"""
			.formatted(STAFFED, withProposed
					? "earth_distance(ll_to_earth(c.latitude, c.longitude), ll_to_earth(:plat, :plon)) <= :r" : "false",
					oneStation ? "where c.station_id = :station" : "");
	}

	static String stationsSql(boolean oneStation) {
		return """
				select s.id, s.station_id, s.name, s.kind, s.status, %s, s.latitude, s.longitude,
				       count(c.id), coalesce(sum(c.residents), 0)
				  from service_stations s
				  left join residential_compounds c on c.station_id = s.station_id
				   and earth_box(ll_to_earth(s.latitude, s.longitude), :r) @> ll_to_earth(c.latitude, c.longitude)
				   and earth_distance(ll_to_earth(s.latitude, s.longitude), ll_to_earth(c.latitude, c.longitude)) <= :r
				 %s
				 group by s.id
				 order by s.station_id, s.name""".formatted(STAFFED, oneStation ? "where s.station_id = :station" : "");
	}

	@Override
	public List<CompoundCoverage> compounds(@Nullable Long stationId, LocalTime at, int radiusMetres,
			@Nullable GeoPoint proposed) {
		String sql = compoundsSql(proposed != null, stationId != null);
		Query query = this.entityManager.createNativeQuery(sql)
			.setParameter("at", at.toString())
			.setParameter("r", (double) radiusMetres);
		if (proposed != null) {
			query.setParameter("plat", proposed.latitude()).setParameter("plon", proposed.longitude());
		}
		if (stationId != null) {
			query.setParameter("station", stationId);
		}
		@SuppressWarnings("unchecked")
		List<Object[]> rows = query.getResultList();
		return rows.stream()
			.map(r -> new CompoundCoverage(longOf(r[0]), longOf(r[1]), (String) r[2],
					(r[3] != null) ? longOf(r[3]) : null, ((Number) r[4]).intValue(), ((Number) r[5]).intValue(),
					((Number) r[6]).doubleValue(), ((Number) r[7]).doubleValue(), (Boolean) r[8], (Boolean) r[9]))
			.toList();
	}

	@Override
	public List<StationReach> stations(@Nullable Long stationId, LocalTime at, int radiusMetres) {
		String sql = stationsSql(stationId != null);
		Query query = this.entityManager.createNativeQuery(sql)
			.setParameter("at", at.toString())
			.setParameter("r", (double) radiusMetres);
		if (stationId != null) {
			query.setParameter("station", stationId);
		}
		@SuppressWarnings("unchecked")
		List<Object[]> rows = query.getResultList();
		return rows.stream()
			.map(r -> new StationReach(longOf(r[0]), longOf(r[1]), (String) r[2],
					ServiceStationKind.valueOf((String) r[3]), ServiceStationStatus.valueOf((String) r[4]),
					(Boolean) r[5], ((Number) r[6]).doubleValue(), ((Number) r[7]).doubleValue(),
					((Number) r[8]).intValue(), ((Number) r[9]).longValue()))
			.toList();
	}

	@Override
	public java.util.Set<Long> seenByCameras(@Nullable Long stationId, int radiusMetres) {
		Query query = this.entityManager
			.createNativeQuery(
					"""
							select c.id from residential_compounds c
							 where %s exists (select 1 from cameras k
							                   where k.station_id = c.station_id and k.status = 'ONLINE'
							                     and earth_box(ll_to_earth(c.latitude, c.longitude), :r) @> ll_to_earth(k.latitude, k.longitude)
							                     and earth_distance(ll_to_earth(c.latitude, c.longitude), ll_to_earth(k.latitude, k.longitude)) <= :r)"""
						.formatted((stationId != null) ? "c.station_id = :station and" : ""))
			.setParameter("r", (double) radiusMetres);
		if (stationId != null) {
			query.setParameter("station", stationId);
		}
		@SuppressWarnings("unchecked")
		List<Object> rows = query.getResultList();
		return rows.stream().map(SqlCoverageQueries::longOf).collect(java.util.stream.Collectors.toSet());
	}

	@Override
	public double distanceMetres(GeoPoint from, GeoPoint to) {
		return ((Number) this.entityManager
			.createNativeQuery("select earth_distance(ll_to_earth(:alat, :alon), ll_to_earth(:blat, :blon))")
			.setParameter("alat", from.latitude())
			.setParameter("alon", from.longitude())
			.setParameter("blat", to.latitude())
			.setParameter("blon", to.longitude())
			.getSingleResult()).doubleValue();
	}

	private static Long longOf(Object value) {
		return ((Number) value).longValue();
	}

}
