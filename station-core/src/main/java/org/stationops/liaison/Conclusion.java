package org.stationops.liaison;

/**
 * A screening's conclusion from its score (see ScreeningScore).
 */
public enum Conclusion {

	CLEAR, WATCH, SUSPECTED

}
