package org.stationops.mediation;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * What is registered about a dispute.
 *
 * @param caseId the linked 治安 case, required for {@link DisputeKind#POLICE}.
 * @param offenceCode for police mediation: the offence type (程序规定第178条).
 * @param groundCode for police mediation: the circumstance that allows mediation.
 */
public record DisputeDetails(DisputeKind kind, DisputeSource source, String categoryCode, String title, String summary,
		String place, @Nullable Long areaId, int headcount, RiskGrade riskGrade, boolean escalated,
		String escalationReason, @Nullable Long incidentId, @Nullable Long caseId, @Nullable String offenceCode,
		@Nullable String groundCode, LocalDate registeredOn) {

}
