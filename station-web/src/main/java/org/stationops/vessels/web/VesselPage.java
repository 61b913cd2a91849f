package org.stationops.vessels.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.stationops.shared.Scope;
import org.stationops.vessels.CrewRole;
import org.stationops.vessels.OutreachKind;
import org.stationops.vessels.VesselFile;
import org.stationops.vessels.VesselService;
import org.stationops.vessels.web.VesselWorkForms.CrewForm;
import org.stationops.vessels.web.VesselWorkForms.JointCheckForm;
import org.stationops.vessels.web.VesselWorkForms.OutreachForm;
import org.stationops.vessels.web.VesselWorkForms.StatusForm;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Fills the model of a vessel's page: the vessel's file and every form the request did
 * not bring back with errors.
 */
@Component
class VesselPage {

	static final String DETAIL = "vessels/detail";

	private final VesselService vessels;

	private final Clock clock;

	VesselPage(VesselService vessels, Clock clock) {
		this.vessels = vessels;
		this.clock = clock;
	}

	String detail(Model model, Scope scope, Long id) {
		VesselFile file = this.vessels.file(scope, id);
		LocalDate today = LocalDate.now(this.clock);
		long version = file.vessel().getVersion();
		model.addAttribute("f", file);
		model.addAttribute("v", file.vessel());
		model.addAttribute("today", today);
		model.addAttribute("roles", CrewRole.values());
		model.addAttribute("outreachKinds", OutreachKind.values());
		model.addAttribute("nextStatuses", file.vessel().getStatus().next());
		Map<String, Object> forms = new LinkedHashMap<>();
		forms.put("statusForm", StatusForm.empty(file.vessel().getStatus(), version, today));
		forms.put("crewForm", CrewForm.empty(today));
		forms.put("jointCheckForm", JointCheckForm.empty(version, today));
		forms.put("outreachForm", OutreachForm.empty(version, today));
		forms.forEach((name, form) -> {
			if (!model.containsAttribute(name)) {
				model.addAttribute(name, form);
			}
		});
		return DETAIL;
	}

}
