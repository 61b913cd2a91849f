package org.stationops.shared;

/**
 * Port for race-free record numbers: the next value of a station's series, allocated
 * under a row lock held until the caller's transaction ends, so concurrent registrations
 * never draw the same number. station-persistence supplies the implementation
 * ({@code number_series}).
 */
public interface NumberSeries {

	/**
	 * @param series the number's prefix, such as {@code X2026-}.
	 * @return the next value, starting at 1.
	 */
	long next(Long stationId, String series);

}
