package org.stationops.practitioners.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

import jakarta.validation.Valid;
import org.stationops.practitioners.Finding;
import org.stationops.practitioners.PractitionerCampaign;
import org.stationops.practitioners.PractitionerService;
import org.stationops.practitioners.Trade;
import org.stationops.practitioners.web.PractitionerForms.CampaignForm;
import org.stationops.practitioners.web.PractitionerForms.CheckForm;
import org.stationops.practitioners.web.PractitionerForms.FollowUpForm;
import org.stationops.shared.RuleViolationException;
import org.stationops.shared.web.FormErrors;
import org.stationops.shared.web.OfficerPrincipal;
import org.stationops.shared.web.Pages;
import org.stationops.shared.web.ReadOnlyPage;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import static org.stationops.practitioners.web.PractitionerForms.text;

/**
 * Practitioner screening campaigns: the list and starting one, a campaign's page with its
 * progress per trade, checking a practitioner, a concern's follow-up, and closing.
 */
@Controller
@RequestMapping("/practitioners/campaigns")
class CampaignController {

	private final PractitionerService practitioners;

	private final Clock clock;

	CampaignController(PractitionerService practitioners, Clock clock) {
		this.practitioners = practitioners;
		this.clock = clock;
	}

	@GetMapping
	@ReadOnlyPage
	String list(@AuthenticationPrincipal OfficerPrincipal me, Model model) {
		model.addAttribute("form", CampaignForm.empty(LocalDate.now(this.clock)));
		return campaigns(me, model);
	}

	@PostMapping
	String start(@AuthenticationPrincipal OfficerPrincipal me, @Valid @ModelAttribute("form") CampaignForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (result.getTarget() == null) {
			model.addAttribute("form", CampaignForm.empty(LocalDate.now(this.clock)));
			model.addAttribute("unreadableForm", true);
			return campaigns(me, model);
		}
		if (me.stationId() == null) {
			result.reject("practitioners.station.required");
		}
		if (!result.hasErrors()) {
			try {
				PractitionerCampaign campaign = this.practitioners.startCampaign(me.scope(),
						Objects.requireNonNull(me.stationId()), text(form.name()),
						Objects.requireNonNull(form.startsOn()), Objects.requireNonNull(form.endsOn()),
						Objects.requireNonNull(form.trades()));
				redirect.addFlashAttribute("message", "practitioners.campaign.started");
				return "redirect:/practitioners/campaigns/" + campaign.getId();
			}
			catch (RuleViolationException ex) {
				FormErrors.reject(result, ex);
			}
		}
		return campaigns(me, model);
	}

	@GetMapping("/{id:\\d+}")
	@ReadOnlyPage
	String show(@AuthenticationPrincipal OfficerPrincipal me, @PathVariable Long id, Model model) {
		return page(me, id, model);
	}

	@PostMapping("/{id:\\d+}/checks")
	String check(@AuthenticationPrincipal OfficerPrincipal me, @PathVariable Long id,
			@Valid @ModelAttribute("checkForm") CheckForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.getTarget() == null) {
			model.asMap().remove("checkForm");
			model.addAttribute("unreadableForm", true);
		}
		else if (!result.hasErrors()) {
			try {
				this.practitioners.check(me.scope(), id, Objects.requireNonNullElse(form.version(), -1L),
						Objects.requireNonNull(form.practitionerId()), Objects.requireNonNull(form.checkedOn()),
						Objects.requireNonNull(form.finding()), text(form.concern()), text(form.followUp()),
						me.displayName());
				redirect.addFlashAttribute("message", "practitioners.check.recorded");
				return "redirect:/practitioners/campaigns/" + id;
			}
			catch (RuleViolationException ex) {
				FormErrors.reject(result, ex);
			}
		}
		return page(me, id, model);
	}

	@PostMapping("/{id:\\d+}/checks/{index:\\d+}/follow-up")
	String followUp(@AuthenticationPrincipal OfficerPrincipal me, @PathVariable Long id, @PathVariable int index,
			@Valid @ModelAttribute("followUpForm") FollowUpForm form, BindingResult result,
			RedirectAttributes redirect) {
		if (result.getTarget() == null || result.hasErrors()) {
			redirect.addFlashAttribute("actionError", "practitioners.form.incomplete");
			return "redirect:/practitioners/campaigns/" + id;
		}
		return verb(id, redirect, "practitioners.followUp.recorded",
				() -> this.practitioners.followUpDone(me.scope(), id, Objects.requireNonNull(form.version()), index,
						Objects.requireNonNull(form.doneOn()), text(form.outcome())));
	}

	@PostMapping("/{id:\\d+}/close")
	String close(@AuthenticationPrincipal OfficerPrincipal me, @PathVariable Long id,
			@RequestParam(required = false) Long version, RedirectAttributes redirect) {
		return verb(id, redirect, "practitioners.campaign.closedDone",
				() -> this.practitioners.close(me.scope(), id, Objects.requireNonNullElse(version, -1L)));
	}

	private String campaigns(OfficerPrincipal me, Model model) {
		model.addAttribute("campaigns", this.practitioners.campaigns(me.scope()));
		model.addAttribute("trades", Trade.values());
		return "practitioners/campaigns";
	}

	private String page(OfficerPrincipal me, Long id, Model model) {
		PractitionerCampaign campaign = this.practitioners.campaign(me.scope(), id);
		LocalDate today = LocalDate.now(this.clock);
		model.addAttribute("c", campaign);
		model.addAttribute("progress", this.practitioners.progress(campaign));
		model.addAttribute("checked", this.practitioners.checkedPractitioners(campaign));
		model.addAttribute("unchecked", this.practitioners.unchecked(campaign, Pages.of(0, 200)));
		model.addAttribute("findings", Finding.values());
		model.addAttribute("today", today);
		if (!model.containsAttribute("checkForm")) {
			model.addAttribute("checkForm", CheckForm.empty(campaign.getVersion(), today));
		}
		return "practitioners/campaign";
	}

	private static String verb(Long id, RedirectAttributes redirect, String message, Supplier<?> verb) {
		try {
			verb.get();
			redirect.addFlashAttribute("message", message);
		}
		catch (RuleViolationException ex) {
			redirect.addFlashAttribute("actionError", ex.getCode());
		}
		return "redirect:/practitioners/campaigns/" + id;
	}

}
