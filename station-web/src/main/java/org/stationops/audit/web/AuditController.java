package org.stationops.audit.web;

import org.stationops.audit.AuditService;
import org.stationops.shared.web.OfficerPrincipal;
import org.stationops.shared.web.Pages;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class AuditController {

	private final AuditService audit;

	AuditController(AuditService audit) {
		this.audit = audit;
	}

	@GetMapping("/admin/audit")
	String list(@AuthenticationPrincipal OfficerPrincipal me, @RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("page", this.audit.list(me.scope(), Pages.of(page, 50)));
		return "audit/list";
	}

}
