package org.stationops.incidents;

import org.stationops.liaison.LinkedRecordCheck;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lets a fast-channel ticket link only to an incident of its own station.
 */
@Component
@Transactional(readOnly = true)
class IncidentLinkCheck implements LinkedRecordCheck {

	private final IncidentRepository incidents;

	IncidentLinkCheck(IncidentRepository incidents) {
		this.incidents = incidents;
	}

	@Override
	public Kind kind() {
		return Kind.INCIDENT;
	}

	@Override
	public boolean existsAt(Long stationId, Long id) {
		return this.incidents.findById(id).filter(incident -> stationId.equals(incident.getStationId())).isPresent();
	}

}
