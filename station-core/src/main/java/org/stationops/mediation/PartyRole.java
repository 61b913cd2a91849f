package org.stationops.mediation;

/**
 * A party's role in the dispute.
 */
public enum PartyRole {

	APPLICANT, RESPONDENT, THIRD_PARTY;

	public boolean isApplicant() {
		return this == APPLICANT;
	}

	public boolean isRespondent() {
		return this == RESPONDENT;
	}

}
