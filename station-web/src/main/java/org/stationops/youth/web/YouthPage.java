package org.stationops.youth.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.stationops.officers.Officer;
import org.stationops.officers.OfficerService;
import org.stationops.youth.ClosingReason;
import org.stationops.youth.MemberRole;
import org.stationops.youth.VisitOutcome;
import org.stationops.youth.YouthGroup;
import org.stationops.youth.web.GroupForms.CloseForm;
import org.stationops.youth.web.GroupForms.MeetingForm;
import org.stationops.youth.web.GroupForms.MemberForm;
import org.stationops.youth.web.GroupForms.PlanForm;
import org.stationops.youth.web.GroupForms.ReviewForm;
import org.stationops.youth.web.GroupForms.VisitForm;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Fills the model of a minor's file: the group, its officer's name and every form on the
 * page that the request did not bring back with errors.
 */
@Component
class YouthPage {

	static final String DETAIL = "youth/detail";

	private final OfficerService officers;

	private final Clock clock;

	YouthPage(OfficerService officers, Clock clock) {
		this.officers = officers;
		this.clock = clock;
	}

	String detail(Model model, YouthGroup group) {
		LocalDate today = LocalDate.now(this.clock);
		long version = group.getVersion();
		model.addAttribute("g", group);
		model.addAttribute("today", today);
		model.addAttribute("officerName",
				this.officers.byIds(Set.of(group.getOfficerId()))
					.values()
					.stream()
					.map(Officer::getDisplayName)
					.collect(Collectors.joining()));
		model.addAttribute("roles", MemberRole.values());
		model.addAttribute("outcomes", VisitOutcome.values());
		model.addAttribute("closingReasons", ClosingReason.values());
		Map<String, Object> forms = Map.of("memberForm", MemberForm.empty(version), "planForm",
				new PlanForm(group.getPlan(), version), "meetingForm", MeetingForm.empty(version, today), "visitForm",
				VisitForm.empty(version, today), "reviewForm", ReviewForm.empty(version, today), "closeForm",
				CloseForm.empty(version, today));
		forms.forEach((name, form) -> {
			if (!model.containsAttribute(name)) {
				model.addAttribute(name, form);
			}
		});
		return DETAIL;
	}

}
