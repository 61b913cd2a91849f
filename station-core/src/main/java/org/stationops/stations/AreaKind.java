package org.stationops.stations;

/**
 * What kind of area: a community (社区) or a police responsibility area (警务责任区).
 */
public enum AreaKind {

	COMMUNITY, RESPONSIBILITY_AREA

}
