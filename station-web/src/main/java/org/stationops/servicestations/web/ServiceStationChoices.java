package org.stationops.servicestations.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.stationops.liaison.Enterprise;
import org.stationops.liaison.EnterpriseService;
import org.stationops.officers.Officer;
import org.stationops.officers.OfficerService;
import org.stationops.servicestations.EquipmentKind;
import org.stationops.servicestations.EquipmentStatus;
import org.stationops.servicestations.ServiceStationKind;
import org.stationops.servicestations.ServiceStationStatus;
import org.stationops.shared.web.OfficerPrincipal;
import org.stationops.stations.Area;
import org.stationops.stations.Station;
import org.stationops.stations.StationService;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The choices the service station forms and filters offer, limited to the officer's
 * scope.
 */
@Component
class ServiceStationChoices {

	private final StationService stations;

	private final OfficerService officers;

	private final EnterpriseService enterprises;

	ServiceStationChoices(StationService stations, OfficerService officers, EnterpriseService enterprises) {
		this.stations = stations;
		this.officers = officers;
		this.enterprises = enterprises;
	}

	void addTo(Model model, OfficerPrincipal me) {
		model.addAttribute("kinds", ServiceStationKind.values());
		model.addAttribute("statuses", ServiceStationStatus.values());
		model.addAttribute("equipmentKinds", EquipmentKind.values());
		model.addAttribute("equipmentStatuses", EquipmentStatus.values());
		List<Station> visible = this.stations.visibleStations(me.scope());
		model.addAttribute("stations", visible);
		model.addAttribute("stationNames",
				visible.stream().collect(Collectors.toMap(Station::getId, Station::getName)));
		List<Area> areas = this.stations.visibleAreas(me.scope());
		model.addAttribute("areas", areas);
		model.addAttribute("areaNames", areaNames(areas));
		List<Officer> staff = visible.stream().flatMap(s -> this.officers.activeAt(s.getId()).stream()).toList();
		model.addAttribute("officers", staff);
		model.addAttribute("officerNames",
				staff.stream().collect(Collectors.toMap(Officer::getId, Officer::getDisplayName, (a, b) -> a)));
	}

	void addHostsTo(Model model, OfficerPrincipal me) {
		List<Enterprise> hosts = this.enterprises.search(me.scope(), "", null, null, PageRequest.of(0, 500))
			.getContent();
		model.addAttribute("hosts", hosts);
	}

	@org.jspecify.annotations.Nullable
	Long firstStation(OfficerPrincipal me) {
		return this.stations.visibleStations(me.scope()).stream().map(Station::getId).findFirst().orElse(null);
	}

	Map<Long, String> areaNames(OfficerPrincipal me) {
		return areaNames(this.stations.visibleAreas(me.scope()));
	}

	private static Map<Long, String> areaNames(List<Area> areas) {
		return areas.stream().collect(Collectors.toMap(Area::getId, Area::getName));
	}

}
