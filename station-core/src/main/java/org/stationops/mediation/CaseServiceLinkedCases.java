package org.stationops.mediation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.stationops.cases.CaseActor;
import org.stationops.cases.CaseFile;
import org.stationops.cases.CaseFilter;
import org.stationops.cases.CaseKind;
import org.stationops.cases.CaseNotFoundException;
import org.stationops.cases.CaseService;
import org.stationops.shared.Scope;
import org.stationops.shared.StationTime;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * {@link LinkedCases} over the cases feature: its deadline engine pauses, restarts or
 * ends the 治安 case's clock.
 */
@Component
class CaseServiceLinkedCases implements LinkedCases {

	private final CaseService cases;

	CaseServiceLinkedCases(CaseService cases) {
		this.cases = cases;
	}

	@Override
	public Optional<LinkedCase> find(Scope scope, Long caseId) {
		try {
			CaseFile caseFile = this.cases.get(scope, caseId);
			return Optional.of(new LinkedCase(caseFile.getId(), caseFile.getStationId(), caseFile.getCaseNumber(),
					caseFile.getKind() == CaseKind.ADMINISTRATIVE, !caseFile.getStage().isTerminal(),
					caseFile.getAcceptedAt().atZone(StationTime.ZONE).toLocalDate()));
		}
		catch (CaseNotFoundException ex) {
			return Optional.empty();
		}
	}

	@Override
	public List<LinkedCase> mediable(Scope scope) {
		return this.cases
			.list(scope, new CaseFilter(null, null, CaseKind.ADMINISTRATIVE, null, null, null), PageRequest.of(0, 200))
			.stream()
			.filter(c -> !c.getStage().isTerminal() && c.getClockStartedOn() != null)
			.map(c -> new LinkedCase(c.getId(), c.getStationId(), c.getCaseNumber() + " " + c.getTitle(), true, true,
					c.getAcceptedAt().atZone(StationTime.ZONE).toLocalDate()))
			.toList();
	}

	@Override
	public void mediationStarted(Scope scope, Long caseId, LocalDate day) {
		this.cases.mediationStarted(scope, caseId, day);
	}

	@Override
	public void mediationFailed(Scope scope, Long caseId, LocalDate day) {
		this.cases.mediationFailed(scope, caseId, day);
	}

	@Override
	public void agreementNotPerformed(Scope scope, Long caseId, LocalDate performanceDeadline) {
		this.cases.agreementNotPerformed(scope, caseId, performanceDeadline);
	}

	@Override
	public void closeAfterMediation(Scope scope, Long caseId, LocalDate performedOn, String fileNumber, Long officerId,
			String officerName) {
		this.cases.closeAfterMediation(scope, caseId, performedOn, fileNumber, new CaseActor(officerId, officerName));
	}

}
