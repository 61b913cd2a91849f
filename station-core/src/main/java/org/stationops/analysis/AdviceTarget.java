package org.stationops.analysis;

/**
 * Who prevention advice is addressed to: an enterprise of the liaison register, a
 * residential compound or a service station.
 */
public enum AdviceTarget {

	ENTERPRISE, COMPOUND, SERVICE_STATION;

	public String messageKey() {
		return "advice.target." + name();
	}

}
