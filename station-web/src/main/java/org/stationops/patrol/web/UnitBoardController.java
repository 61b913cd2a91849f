package org.stationops.patrol.web;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.stationops.incidents.Incident;
import org.stationops.incidents.IncidentService;
import org.stationops.patrol.PatrolUnit;
import org.stationops.patrol.PatrolUnitService;
import org.stationops.patrol.UnitStatus;
import org.stationops.shared.web.OfficerPrincipal;
import org.stationops.shared.web.ReadOnlyPage;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The units column of the one-screen dispatch board: a fragment the board fetches on load
 * and at every refresh, so the incidents feature needs no knowledge of units.
 */
@Controller
class UnitBoardController {

	private final PatrolUnitService units;

	private final IncidentService incidents;

	private final Clock clock;

	UnitBoardController(PatrolUnitService units, IncidentService incidents, Clock clock) {
		this.units = units;
		this.incidents = incidents;
		this.clock = clock;
	}

	@GetMapping("/patrol/board/units")
	@ReadOnlyPage
	String units(@AuthenticationPrincipal OfficerPrincipal me, Model model) {
		List<PatrolUnit> all = this.units.board(me.scope());
		Map<UnitStatus, List<PatrolUnit>> byStatus = new LinkedHashMap<>();
		for (UnitStatus status : UnitStatus.values()) {
			byStatus.put(status, all.stream().filter(u -> u.getStatus() == status).toList());
		}
		model.addAttribute("byStatus", byStatus);
		model.addAttribute("receipts",
				this.incidents.board(me.scope())
					.stream()
					.collect(Collectors.toMap(Incident::getId, Incident::getReceiptNumber)));
		java.time.Instant now = this.clock.instant();
		Map<Long, Long> ages = new java.util.HashMap<>();
		for (PatrolUnit u : all) {
			if (u.getPositionAt() != null) {
				ages.put(u.getId(), java.time.Duration.between(u.getPositionAt(), now).toMinutes());
			}
		}
		model.addAttribute("positionAges", ages);
		model.addAttribute("unitCount", all.size());
		return "patrol/board :: units";
	}

}
