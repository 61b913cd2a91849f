package org.stationops.liaison;

/**
 * A screening campaign's progress in one business circle.
 */
public interface CircleProgress {

	String getCircle();

	long getTotal();

	long getCovered();

	long getFlagged();

	long getConfirmed();

}
