package org.stationops.patrol;

import java.util.List;

import org.stationops.servicestations.GeoPoint;

/**
 * Port for distances on the sphere to units; station-persistence answers it with
 * PostgreSQL's earthdistance through the GiST index on the units' positions.
 */
public interface UnitDistances {

	/**
	 * @return the station's available units of a dispatched kind that have a position,
	 * nearest first, at most {@code limit}.
	 */
	List<UnitDistance> nearestAvailable(Long stationId, GeoPoint point, int limit);

	/**
	 * A unit and its great-circle distance in metres.
	 */
	record UnitDistance(Long unitId, double metres) {

	}

}
