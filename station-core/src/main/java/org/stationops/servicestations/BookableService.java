package org.stationops.servicestations;

/**
 * What a resident can book at a service station.
 */
public enum BookableService {

	/** 开具证明. */
	CERTIFICATE,
	/** 户籍/居住登记. */
	REGISTRATION,
	/** 咨询. */
	CONSULTATION,
	/** 投诉. */
	COMPLAINT,
	/** 失物招领. */
	LOST_PROPERTY;

	public String labelKey() {
		return "servicestations.service." + name();
	}

}
