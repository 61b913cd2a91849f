package org.stationops.mediation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.stationops.shared.Scope;
import org.springframework.stereotype.Component;

/**
 * TEMPORARY stand-in until the cases feature is merged: no case can be found, so a police
 * mediation (治安调解) cannot be registered yet. Replaced by an adapter to
 * {@code org.stationops.cases.CaseService} after the merge.
 */
@Component
class PendingLinkedCases implements LinkedCases {

	@Override
	public Optional<LinkedCase> find(Scope scope, Long caseId) {
		return Optional.empty();
	}

	@Override
	public List<LinkedCase> mediable(Scope scope) {
		return List.of();
	}

	@Override
	public void mediationStarted(Scope scope, Long caseId, LocalDate day) {
		throw new IllegalStateException("cases feature not available");
	}

	@Override
	public void mediationFailed(Scope scope, Long caseId, LocalDate day) {
		throw new IllegalStateException("cases feature not available");
	}

	@Override
	public void closeAfterMediation(Scope scope, Long caseId, LocalDate performedOn, String fileNumber, Long officerId,
			String officerName) {
		throw new IllegalStateException("cases feature not available");
	}

}
