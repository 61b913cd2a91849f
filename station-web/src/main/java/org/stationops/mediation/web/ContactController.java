package org.stationops.mediation.web;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.stationops.mediation.ContactKind;
import org.stationops.mediation.DisputeService;
import org.stationops.mediation.MediationNotifications;
import org.stationops.shared.RuleViolationException;
import org.stationops.shared.web.FormErrors;
import org.stationops.shared.web.OfficerPrincipal;
import org.stationops.stations.StationService;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Outside mediators (people's mediators, social workers) kept as contacts, and the
 * supervisors' notifications.
 */
@Controller
class ContactController {

	private final DisputeService disputes;

	private final StationService stations;

	private final MediationNotifications notifications;

	ContactController(DisputeService disputes, StationService stations, MediationNotifications notifications) {
		this.disputes = disputes;
		this.stations = stations;
		this.notifications = notifications;
	}

	@GetMapping("/mediation/contacts")
	String contacts(@AuthenticationPrincipal OfficerPrincipal me,
			@RequestParam(required = false) @Nullable Long stationId, Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", ActionForms.ContactForm.empty());
		}
		Long station = station(me, stationId);
		model.addAttribute("stationId", station);
		model.addAttribute("stationChoices", this.stations.visibleStations(me.scope()));
		model.addAttribute("contacts",
				(station != null) ? this.disputes.contacts(me.scope(), station) : java.util.List.of());
		model.addAttribute("kinds", ContactKind.values());
		return "mediation/contacts";
	}

	@PostMapping("/mediation/contacts")
	String addContact(@AuthenticationPrincipal OfficerPrincipal me,
			@RequestParam(required = false) @Nullable Long stationId,
			@Valid @ModelAttribute("form") ActionForms.ContactForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Long station = station(me, stationId);
		if (station == null) {
			result.reject("mediation.contact.stationRequired");
		}
		if (!result.hasErrors()) {
			try {
				this.disputes.addContact(me.scope(), station, form.name().trim(), form.kind(),
						DisputeForm.text(form.organisation()), DisputeForm.text(form.phone()));
				redirect.addFlashAttribute("message", "mediation.contact.saved");
				return "redirect:/mediation/contacts?stationId=" + station;
			}
			catch (RuleViolationException ex) {
				FormErrors.reject(result, ex);
			}
		}
		return contacts(me, stationId, model);
	}

	@GetMapping("/mediation/notifications")
	String notifications(@AuthenticationPrincipal OfficerPrincipal me, Model model) {
		model.addAttribute("notifications", this.notifications.forRecipient(me.officerId()));
		return "mediation/notifications";
	}

	@PostMapping("/mediation/notifications/{notificationId}/read")
	String markRead(@AuthenticationPrincipal OfficerPrincipal me, @PathVariable Long notificationId) {
		this.notifications.markRead(me.officerId(), notificationId);
		return "redirect:/mediation/notifications";
	}

	private @Nullable Long station(OfficerPrincipal me, @Nullable Long stationId) {
		return (me.stationId() != null && !me.scope().isBureau()) ? me.stationId() : stationId;
	}

}
