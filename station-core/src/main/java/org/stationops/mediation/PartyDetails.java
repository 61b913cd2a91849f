package org.stationops.mediation;

/**
 * A party as entered: for a person the ID number, for an enterprise the credit code.
 */
public record PartyDetails(PartyType partyType, PartyRole role, String name, String phone, String idNumber,
		String creditCode, String address) {

}
