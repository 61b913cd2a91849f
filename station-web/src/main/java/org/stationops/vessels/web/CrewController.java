package org.stationops.vessels.web;

import java.util.Map;
import java.util.stream.Collectors;

import org.stationops.shared.web.OfficerPrincipal;
import org.stationops.vessels.CrewAssignment;
import org.stationops.vessels.CrewMember;
import org.stationops.vessels.CrewService;
import org.stationops.vessels.VesselService;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.stationops.shared.web.ReadOnlyPage;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A crew member in full: ID number and phone unmasked, every vessel served on. The view
 * is audited by {@link CrewService#readInFull}.
 */
@Controller
class CrewController {

	private final CrewService crew;

	private final VesselService vessels;

	CrewController(CrewService crew, VesselService vessels) {
		this.crew = crew;
		this.vessels = vessels;
	}

	@GetMapping("/vessels/crew/{id:\\d+}")
	@ReadOnlyPage
	String show(@AuthenticationPrincipal OfficerPrincipal me, @PathVariable Long id, Model model) {
		CrewMember member = this.crew.readInFull(me.scope(), id, me.username());
		Map<Long, String> names = member.getAssignments()
			.stream()
			.map(CrewAssignment::getVesselId)
			.distinct()
			.collect(Collectors.toMap(v -> v, v -> this.vessels.get(me.scope(), v).getName()));
		model.addAttribute("c", member);
		model.addAttribute("vesselNames", names);
		return "vessels/crew";
	}

}
