package org.stationops.incidents.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.stationops.incidents.IncidentCategory;
import org.stationops.incidents.IncidentService;
import org.stationops.incidents.IncidentSource;
import org.stationops.incidents.IncidentStatus;
import org.stationops.officers.Officer;
import org.stationops.officers.OfficerService;
import org.stationops.shared.web.OfficerPrincipal;
import org.stationops.stations.Area;
import org.stationops.stations.Station;
import org.stationops.stations.StationService;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The choices incident forms and filters offer, limited to the officer's scope.
 */
@Component
class IncidentChoices {

	private final IncidentService incidents;

	private final StationService stations;

	private final OfficerService officers;

	IncidentChoices(IncidentService incidents, StationService stations, OfficerService officers) {
		this.incidents = incidents;
		this.stations = stations;
		this.officers = officers;
	}

	void addTo(Model model, OfficerPrincipal me) {
		List<IncidentCategory> all = this.incidents.categories();
		model.addAttribute("topCategories", all.stream().filter(IncidentCategory::isTopLevel).toList());
		model.addAttribute("subCategories",
				all.stream()
					.filter(c -> !c.isTopLevel())
					.collect(Collectors.groupingBy(c -> String.valueOf(c.getParentCode()))));
		model.addAttribute("sources", IncidentSource.values());
		model.addAttribute("statuses", IncidentStatus.values());
		List<Station> visible = this.stations.visibleStations(me.scope());
		model.addAttribute("stations", visible);
		model.addAttribute("stationNames",
				visible.stream().collect(Collectors.toMap(Station::getId, Station::getName)));
		List<Area> areas = this.stations.visibleAreas(me.scope());
		model.addAttribute("areas", areas);
		model.addAttribute("areaNames", areas.stream().collect(Collectors.toMap(Area::getId, Area::getName)));
		Map<Long, List<Officer>> byStation = visible.stream()
			.collect(Collectors.toMap(Station::getId, s -> this.officers.activeAt(s.getId())));
		List<Officer> staff = visible.stream().flatMap(s -> byStation.get(s.getId()).stream()).toList();
		model.addAttribute("officers", staff);
		model.addAttribute("officersByStation", byStation);
		model.addAttribute("officerNames", officerNames(staff));
	}

	static Map<Long, String> officerNames(List<Officer> staff) {
		return staff.stream().collect(Collectors.toMap(Officer::getId, Officer::getDisplayName, (a, b) -> a));
	}

}
