package org.stationops.patrol.web;

import java.util.List;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.stationops.patrol.UnitKind;
import org.stationops.patrol.UnitStatus;
import org.stationops.shared.web.OfficerPrincipal;
import org.stationops.stations.Station;
import org.stationops.stations.StationService;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The choices the patrol forms and filters offer, limited to the officer's scope.
 */
@Component
class PatrolChoices {

	private final StationService stations;

	PatrolChoices(StationService stations) {
		this.stations = stations;
	}

	void addTo(Model model, OfficerPrincipal me) {
		model.addAttribute("unitKinds", UnitKind.values());
		model.addAttribute("unitStatuses", UnitStatus.values());
		List<Station> visible = this.stations.visibleStations(me.scope());
		model.addAttribute("stations", visible);
		model.addAttribute("stationNames",
				visible.stream().collect(Collectors.toMap(Station::getId, Station::getName)));
	}

	@Nullable Long stationOf(OfficerPrincipal me, @Nullable Long chosen) {
		return (me.stationId() != null) ? me.stationId() : chosen;
	}

}
