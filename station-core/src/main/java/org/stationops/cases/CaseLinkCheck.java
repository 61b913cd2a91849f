package org.stationops.cases;

import org.stationops.liaison.LinkedRecordCheck;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lets a fast-channel ticket link only to a case of its own station.
 */
@Component
@Transactional(readOnly = true)
class CaseLinkCheck implements LinkedRecordCheck {

	private final CaseRepository cases;

	CaseLinkCheck(CaseRepository cases) {
		this.cases = cases;
	}

	@Override
	public Kind kind() {
		return Kind.CASE;
	}

	@Override
	public boolean existsAt(Long stationId, Long id) {
		return this.cases.findById(id).filter(caseFile -> stationId.equals(caseFile.getStationId())).isPresent();
	}

}
