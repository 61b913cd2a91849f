package org.stationops.patrol.persistence;

import java.util.List;

import jakarta.persistence.EntityManager;
import org.stationops.patrol.UnitDistances;
import org.stationops.servicestations.GeoPoint;
import org.springframework.stereotype.Repository;

/**
 * Nearest units on the sphere with cube + earthdistance, as the service stations'
 * coverage does: the GiST index on {@code ll_to_earth(latitude, longitude)} answers the
 * nearest-first order ({@code <->}, straight-line distance through the earth, which
 * orders like the great-circle distance), and {@code earth_distance} gives the metres
 * shown.
 */
@Repository
class SqlUnitDistances implements UnitDistances {

	static final String NEAREST = """
			select u.id, earth_distance(ll_to_earth(u.latitude, u.longitude), ll_to_earth(:lat, :lon))
			  from patrol_units u
			 where u.station_id = :station and u.status = 'AVAILABLE' and u.latitude is not null
			   and u.kind in ('PATROL_CAR_110', 'E_POLICE_CAR', 'FOOT_PATROL', 'PTU_TEAM')
			 order by ll_to_earth(u.latitude, u.longitude) <-> ll_to_earth(:lat, :lon)
			 limit :limit""";

	private final EntityManager entityManager;

	SqlUnitDistances(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	@Override
	public List<UnitDistance> nearestAvailable(Long stationId, GeoPoint point, int limit) {
		@SuppressWarnings("unchecked")
		List<Object[]> rows = this.entityManager.createNativeQuery(NEAREST)
			.setParameter("lat", point.latitude())
			.setParameter("lon", point.longitude())
			.setParameter("station", stationId)
			.setParameter("limit", limit)
			.getResultList();
		return rows.stream()
			.map(r -> new UnitDistance(((Number) r[0]).longValue(), ((Number) r[1]).doubleValue()))
			.toList();
	}

}
