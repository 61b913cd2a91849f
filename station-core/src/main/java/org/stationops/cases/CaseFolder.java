package org.stationops.cases;

import java.util.List;

/**
 * Everything the case page shows, read in one transaction: the case with its clock's
 * pauses and extensions, its timeline, suspects, particulars, reviews and the reasons a
 * review can be returned with.
 */
public record CaseFolder(CaseFile caseFile, List<CaseEvent> timeline, List<Suspect> suspects,
		List<CaseParticular> particulars, List<ClockPause> pauses, List<CaseExtension> extensions,
		List<CaseReview> reviews, List<ReturnReason> reasons) {

}
