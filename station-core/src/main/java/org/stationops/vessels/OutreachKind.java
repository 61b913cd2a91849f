package org.stationops.vessels;

/**
 * Work with a vessel's crew: legal education online or on site, and consultations or help
 * requests the crew brought to the station.
 */
public enum OutreachKind {

	EDUCATION_ONLINE, EDUCATION_ON_SITE, CONSULTATION, HELP_REQUEST;

	public String labelKey() {
		return "vessels.outreach.kind." + name();
	}

	public boolean isEducation() {
		return this == EDUCATION_ONLINE || this == EDUCATION_ON_SITE;
	}

}
