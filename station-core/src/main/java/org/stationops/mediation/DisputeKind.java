package org.stationops.mediation;

/**
 * 人民调解 (people's mediation) or 治安调解 (police mediation inside a minor 治安 case).
 */
public enum DisputeKind {

	PEOPLE, POLICE

}
