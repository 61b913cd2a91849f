package org.stationops.servicestations;

import org.jspecify.annotations.Nullable;

/**
 * The known extent of an area (警务区/社区): the bounding box of its residential compounds'
 * points. Areas have no surveyed outline, so this box, widened by a margin, is what a
 * service station's position is judged against. All bounds are {@literal null} when the
 * area has no compounds.
 */
public record AreaExtent(@Nullable Double minLatitude, @Nullable Double maxLatitude, @Nullable Double minLongitude,
		@Nullable Double maxLongitude) {

	private static final double METRES_PER_DEGREE = 111_195;

	/**
	 * @return whether the area has any point at all.
	 */
	public boolean isKnown() {
		return this.minLatitude != null && this.maxLatitude != null && this.minLongitude != null
				&& this.maxLongitude != null;
	}

	/**
	 * @return how far, in metres, the point lies outside the box (0 inside it), measured
	 * north–south and east–west on the local flat approximation, which is close enough at
	 * a few kilometres.
	 */
	public double metresOutside(double latitude, double longitude) {
		if (!isKnown()) {
			return 0;
		}
		double north = Math.max(0, Math.max(this.minLatitude - latitude, latitude - this.maxLatitude));
		double east = Math.max(0, Math.max(this.minLongitude - longitude, longitude - this.maxLongitude));
		double cos = Math.cos(Math.toRadians(latitude));
		return METRES_PER_DEGREE * Math.hypot(north, east * cos);
	}

}
