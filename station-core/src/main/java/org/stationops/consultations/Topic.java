package org.stationops.consultations;

/**
 * What a consultation is about.
 */
public enum Topic {

	FRAUD_HELP, CERTIFICATE, DISPUTE, OTHER;

	public String labelKey() {
		return "consultations.topic." + name();
	}

}
