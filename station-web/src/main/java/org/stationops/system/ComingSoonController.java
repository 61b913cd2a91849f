package org.stationops.system;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The sections whose issues have not landed yet. Each feature removes its path here when
 * it arrives.
 */
@Controller
class ComingSoonController {

	private static final java.util.Map<String, String> SECTIONS = java.util.Map.of();

	@GetMapping({ "/reports" })
	String comingSoon(jakarta.servlet.http.HttpServletRequest request, Model model) {
		String section = SECTIONS.getOrDefault(request.getServletPath(), request.getServletPath().substring(1));
		model.addAttribute("section", section);
		return "system/coming-soon";
	}

}
