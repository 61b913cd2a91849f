package org.stationops.mediation;

/**
 * Where a dispute came to the station's notice.
 */
public enum DisputeSource {

	INCIDENT, COMMUNITY_VISIT, GRID_WORKER, ONLINE, WALK_IN, PATROL

}
