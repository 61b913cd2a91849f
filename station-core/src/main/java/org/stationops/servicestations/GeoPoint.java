package org.stationops.servicestations;

/**
 * A point on the sphere in WGS-84 degrees.
 */
public record GeoPoint(double latitude, double longitude) {

	public GeoPoint {
		if (latitude < -90 || latitude > 90 || longitude < -180 || longitude > 180) {
			throw new IllegalArgumentException("Not a position: " + latitude + ", " + longitude);
		}
	}

}
