package org.stationops.mediation;

/**
 * A party is a person or an enterprise.
 */
public enum PartyType {

	PERSON, ENTERPRISE

}
