package org.stationops.mediation;

import java.time.LocalDate;
import java.time.ZoneId;

import org.stationops.incidents.IncidentReferred;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Opens the dispute file of an incident disposed as "referred to mediation", in the
 * disposing transaction (a failure rolls the disposition back).
 */
@Component
class IncidentReferralListener {

	private final DisputeService disputes;

	private final java.time.Clock clock;

	IncidentReferralListener(DisputeService disputes, java.time.Clock clock) {
		this.disputes = disputes;
		this.clock = clock;
	}

	@EventListener
	void on(IncidentReferred event) {
		if (event.target() != IncidentReferred.Target.MEDIATION) {
			return;
		}
		ZoneId zone = this.clock.getZone();
		LocalDate day = LocalDate.ofInstant(event.at(), zone);
		LocalDate today = LocalDate.now(this.clock);
		this.disputes.registerFromIncident(event.incidentId(), event.stationId(), event.officerId(),
				event.categoryCode(), event.summary(), day.isAfter(today) ? today : day);
	}

}
