package org.stationops.liaison;

/**
 * A screening's conclusion from its score (see ScreeningScore).
 */
public enum Conclusion {

	CLEAR, WATCH, SUSPECTED;

	/**
	 * @return whether the conclusion raises a fraud lead.
	 */
	public boolean isSuspected() {
		return this == SUSPECTED;
	}

	/**
	 * @return the Bootstrap colour of the conclusion's badge.
	 */
	public String tone() {
		return switch (this) {
			case SUSPECTED -> "danger";
			case WATCH -> "warning";
			case CLEAR -> "success";
		};
	}

}
