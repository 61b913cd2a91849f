package org.stationops.mediation;

/**
 * A party is a person or an enterprise.
 */
public enum PartyType {

	PERSON, ENTERPRISE;

	/**
	 * @return whether the party is identified by an ID number (else by a credit code).
	 */
	public boolean isPerson() {
		return this == PERSON;
	}

}
