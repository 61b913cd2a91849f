package org.stationops.incidents;

/**
 * How urgently an incident needs someone sent: each category has a default (a robbery is
 * urgent, a lost item is low), an officer may override it. The dispatch board lists the
 * more urgent first; the declaration order is that order.
 */
public enum IncidentPriority {

	URGENT, HIGH, NORMAL, LOW;

	public boolean isUrgent() {
		return this == URGENT;
	}

	/**
	 * @return a Bootstrap colour for the badge.
	 */
	public String tone() {
		return switch (this) {
			case URGENT -> "danger";
			case HIGH -> "warning";
			case NORMAL -> "secondary";
			case LOW -> "light";
		};
	}

}
