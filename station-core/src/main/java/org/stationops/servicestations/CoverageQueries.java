package org.stationops.servicestations;

import java.time.LocalTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Port for the coverage arithmetic on the sphere; station-persistence answers it with
 * PostgreSQL's earthdistance over GiST indexes.
 */
public interface CoverageQueries {

	/**
	 * @param stationId the police station, {@literal null} for every station.
	 * @param proposed a point that does not exist yet ("what if"), or {@literal null}.
	 * @return every compound, whether a service station staffed at {@code at} reaches it
	 * within {@code radiusMetres}, and whether the proposed point would.
	 */
	List<CompoundCoverage> compounds(@Nullable Long stationId, LocalTime at, int radiusMetres,
			@Nullable GeoPoint proposed);

	/**
	 * @return every service station with the compounds and residents inside its circle.
	 */
	List<StationReach> stations(@Nullable Long stationId, LocalTime at, int radiusMetres);

	/**
	 * @return the ids of the compounds within {@code radiusMetres} of at least one
	 * working camera of their police station.
	 */
	java.util.Set<Long> seenByCameras(@Nullable Long stationId, int radiusMetres);

	/**
	 * @return the great-circle distance in metres, as the coverage computes it.
	 */
	double distanceMetres(GeoPoint from, GeoPoint to);

	record CompoundCoverage(Long id, Long stationId, String name, @Nullable Long areaId, int households, int residents,
			double latitude, double longitude, boolean covered, boolean coveredByProposed) {

	}

	record StationReach(Long id, Long stationId, String name, ServiceStationKind kind, ServiceStationStatus status,
			boolean staffed, double latitude, double longitude, int compounds, long residents) {

	}

}
