package org.stationops.mediation;

/**
 * How a mediation session was held; online is remote mediation (云调解), e.g. with crews at
 * sea.
 */
public enum SessionMode {

	IN_PERSON, PHONE, ONLINE;

	public boolean isInPerson() {
		return this == IN_PERSON;
	}

	public boolean isPhone() {
		return this == PHONE;
	}

}
