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

	MineController(EnterpriseService enterprises) {
		this.enterprises = enterprises;
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
		return "liaison/mine";
	}

}
