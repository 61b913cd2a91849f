package org.stationops.cases;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * What an officer submits with a decision.
 *
 * @param note the reasons and legal basis.
 * @param approvalReference for an extension: the document number of the approval by the
 * level above (上一级公安机关批准文书).
 * @param approvalDate for an extension: the date of that approval.
 * @param penalty for a punishment decision: the penalty; {@link Penalty#NONE} otherwise.
 * @param hearingNoticed for a punishment decision: the party was told of the right to a
 * hearing (听证告知) before the decision.
 */
public record DecisionFacts(String note, String approvalReference, @Nullable LocalDate approvalDate, Penalty penalty,
		boolean hearingNoticed) {

	public static DecisionFacts of(String note) {
		return new DecisionFacts(note, "", null, Penalty.NONE, false);
	}

	public static DecisionFacts extension(String note, String approvalReference, LocalDate approvalDate) {
		return new DecisionFacts(note, approvalReference, approvalDate, Penalty.NONE, false);
	}

	public static DecisionFacts punishment(String note, Penalty penalty, boolean hearingNoticed) {
		return new DecisionFacts(note, "", null, penalty, hearingNoticed);
	}

}
