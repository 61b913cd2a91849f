package org.stationops.liaison.web;

import org.stationops.liaison.EnterpriseService;
import org.stationops.shared.web.OfficerPrincipal;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class MineController {

	private final EnterpriseService enterprises;

	private final org.stationops.liaison.VisitService visits;

	MineController(EnterpriseService enterprises, org.stationops.liaison.VisitService visits) {
		this.enterprises = enterprises;
		this.visits = visits;
	}

	@GetMapping("/liaison")
	String home(@AuthenticationPrincipal OfficerPrincipal me) {
		return me.hasRole("LIAISON") ? "redirect:/liaison/mine" : "redirect:/liaison/enterprises";
	}

	@GetMapping("/liaison/mine")
	String mine(@AuthenticationPrincipal OfficerPrincipal me, Model model) {
		model.addAttribute("enterprises",
				(me.stationId() == null) ? java.util.List.of() : this.enterprises.mine(me.stationId(), me.officerId()));
		model.addAttribute("today", this.enterprises.today());
		java.util.List<org.stationops.liaison.Visit> followUps = this.visits.openFollowUps(me.officerId());
		model.addAttribute("followUps", followUps);
		java.util.Map<Long, String> names = new java.util.HashMap<>();
		this.enterprises.byIds(followUps.stream().map(org.stationops.liaison.Visit::getEnterpriseId).toList())
			.forEach(e -> names.put(e.getId(), e.getName()));
		model.addAttribute("names", names);
		return "liaison/mine";
	}

}
