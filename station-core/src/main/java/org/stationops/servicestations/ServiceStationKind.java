package org.stationops.servicestations;

/**
 * The four kinds of service point.
 */
public enum ServiceStationKind {

	/** 治安防控服务站. */
	SECURITY_SERVICE_STATION,
	/** 街面工作站. */
	STREET_WORKSTATION,
	/** 移动警务室: moves; has a current position and today's post. */
	MOBILE_POLICE_ROOM,
	/** 警务室, e.g. in a hospital. */
	POLICE_ROOM;

	public String labelKey() {
		return "servicestations.kind." + name();
	}

	public boolean isMobile() {
		return this == MOBILE_POLICE_ROOM;
	}

}
