package org.stationops.liaison.web;

import java.util.HashMap;
import java.util.Map;

import jakarta.validation.Valid;
import org.stationops.liaison.CircleProgress;
import org.stationops.liaison.EnterpriseService;
import org.stationops.liaison.LiaisonRegisterService;
import org.stationops.liaison.Screening;
import org.stationops.liaison.ScreeningCampaign;
import org.stationops.liaison.ScreeningScore;
import org.stationops.liaison.ScreeningService;
import org.stationops.shared.RuleViolationException;
import org.stationops.shared.web.Pages;
import org.stationops.shared.web.FormErrors;
import org.stationops.shared.web.OfficerPrincipal;
import org.springframework.security.access.prepost.PreAuthorize;
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

@Controller
@RequestMapping("/liaison/screening")
class ScreeningController {

	private final ScreeningService screenings;

	private final EnterpriseService enterprises;

	private final LiaisonRegisterService registers;

	ScreeningController(ScreeningService screenings, EnterpriseService enterprises, LiaisonRegisterService registers) {
		this.screenings = screenings;
		this.enterprises = enterprises;
		this.registers = registers;
	}

	@GetMapping
	String overview(@AuthenticationPrincipal OfficerPrincipal me, Model model) {
		model.addAttribute("campaigns", this.screenings.campaigns(me.scope()));
		model.addAttribute("checklist", this.screenings.checklist());
		model.addAttribute("watch", ScreeningScore.WATCH);
		model.addAttribute("suspected", ScreeningScore.SUSPECTED);
		java.util.List<Screening> rescreens = this.screenings.rescreensDue(me.scope(), 30);
		model.addAttribute("rescreens", rescreens);
		Map<Long, String> names = new HashMap<>();
		this.enterprises.byIds(rescreens.stream().map(Screening::getEnterpriseId).toList())
			.forEach(e -> names.put(e.getId(), e.getName()));
		model.addAttribute("names", names);
		return "liaison/screening";
	}

	@PostMapping("/checklist")
	@PreAuthorize("hasRole('SUPERVISOR')")
	String updateChecklist(@RequestParam Map<String, String> params, RedirectAttributes redirect) {
		Map<String, Integer> weights = new HashMap<>();
		Map<String, Long> versions = new HashMap<>();
		params.forEach((key, value) -> {
			try {
				if (key.startsWith("weight.")) {
					weights.put(key.substring(7), Integer.parseInt(value.trim()));
				}
				else if (key.startsWith("version.")) {
					versions.put(key.substring(8), Long.parseLong(value.trim()));
				}
			}
			catch (NumberFormatException ex) {
				throw new RuleViolationException("liaison.checklist.weightRange");
			}
		});
		this.screenings.updateWeights(weights, versions);
		redirect.addFlashAttribute("message", "liaison.checklist.saved");
		return "redirect:/liaison/screening";
	}

	@GetMapping("/campaigns/new")
	@PreAuthorize("hasAnyRole('LIAISON','SUPERVISOR')")
	String showCampaignForm(@AuthenticationPrincipal OfficerPrincipal me, Model model) {
		model.addAttribute("form",
				new CampaignForm("", this.enterprises.today(), this.enterprises.today().plusDays(30), null, null, ""));
		return campaignForm(me, model);
	}

	@PostMapping("/campaigns")
	@PreAuthorize("hasAnyRole('LIAISON','SUPERVISOR')")
	String startCampaign(@AuthenticationPrincipal OfficerPrincipal me, @Valid @ModelAttribute("form") CampaignForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return campaignForm(me, model);
		}
		ScreeningCampaign campaign;
		try {
			campaign = this.screenings.startCampaign(me.scope(), EnterpriseForm.s(form.name()), form.startsOn(),
					form.endsOn(), form.circles(), form.buildings(), EnterpriseForm.s(form.scopeNote()));
		}
		catch (RuleViolationException ex) {
			FormErrors.reject(result, ex);
			return campaignForm(me, model);
		}
		redirect.addFlashAttribute("message", "liaison.campaign.saved");
		return "redirect:/liaison/screening/campaigns/" + campaign.getId();
	}

	@GetMapping("/campaigns/{id}")
	String campaign(@AuthenticationPrincipal OfficerPrincipal me, @PathVariable Long id,
			@RequestParam(defaultValue = "true") boolean openOnly, @RequestParam(defaultValue = "0") int page,
			Model model) {
		model.addAttribute("campaign", this.screenings.campaign(me.scope(), id));
		java.util.List<CircleProgress> progress = this.screenings.progress(me.scope(), id);
		model.addAttribute("progress", progress);
		model.addAttribute("totals",
				new long[] { progress.stream().mapToLong(CircleProgress::getTotal).sum(),
						progress.stream().mapToLong(CircleProgress::getCovered).sum(),
						progress.stream().mapToLong(CircleProgress::getFlagged).sum(),
						progress.stream().mapToLong(CircleProgress::getConfirmed).sum() });
		java.util.List<Screening> flagged = this.screenings.flagged(me.scope(), id);
		model.addAttribute("flagged", flagged);
		Map<Long, String> names = new HashMap<>();
		this.enterprises.byIds(flagged.stream().map(Screening::getEnterpriseId).toList())
			.forEach(e -> names.put(e.getId(), e.getName()));
		model.addAttribute("names", names);
		model.addAttribute("page", this.screenings.targets(me.scope(), id, openOnly, Pages.of(page, 50)));
		model.addAttribute("openOnly", openOnly);
		return "liaison/campaign";
	}

	@PostMapping("/campaigns/{id}/close")
	@PreAuthorize("hasRole('SUPERVISOR')")
	String closeCampaign(@AuthenticationPrincipal OfficerPrincipal me, @PathVariable Long id,
			RedirectAttributes redirect) {
		this.screenings.closeCampaign(me.scope(), id);
		redirect.addFlashAttribute("message", "liaison.campaign.closedNow");
		return "redirect:/liaison/screening/campaigns/" + id;
	}

	@GetMapping("/campaigns/{id}/enterprises/{enterpriseId}")
	@PreAuthorize("hasAnyRole('LIAISON','SUPERVISOR')")
	String showScreeningForm(@AuthenticationPrincipal OfficerPrincipal me, @PathVariable Long id,
			@PathVariable Long enterpriseId, Model model) {
		Screening existing = this.screenings.existing(this.screenings.campaign(me.scope(), id).getId(), enterpriseId);
		model.addAttribute("form", (existing == null) ? new ScreeningForm(null, "", null)
				: new ScreeningForm(existing.getObservedCodes(), existing.getEvidence(), existing.getRescreenOn()));
		return screeningForm(me, id, enterpriseId, model);
	}

	@PostMapping("/campaigns/{id}/enterprises/{enterpriseId}")
	@PreAuthorize("hasAnyRole('LIAISON','SUPERVISOR')")
	String screen(@AuthenticationPrincipal OfficerPrincipal me, @PathVariable Long id, @PathVariable Long enterpriseId,
			@Valid @ModelAttribute("form") ScreeningForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return screeningForm(me, id, enterpriseId, model);
		}
		try {
			this.screenings.screen(me.scope(), id, enterpriseId, me.officerId(), form.codes(),
					EnterpriseForm.s(form.evidence()), form.rescreenOn());
		}
		catch (RuleViolationException ex) {
			FormErrors.reject(result, ex);
			return screeningForm(me, id, enterpriseId, model);
		}
		redirect.addFlashAttribute("message", "liaison.screening.saved");
		return "redirect:/liaison/screening/campaigns/" + id;
	}

	@PostMapping("/{screeningId}/lead")
	@PreAuthorize("hasAnyRole('LIAISON','SUPERVISOR')")
	String raiseLead(@AuthenticationPrincipal OfficerPrincipal me, @PathVariable Long screeningId,
			RedirectAttributes redirect) {
		Screening screening = this.screenings.raiseLead(me.scope(), screeningId, me.username(), me.officerId());
		redirect.addFlashAttribute("message", "liaison.screening.leadRaised");
		return "redirect:/liaison/screening/campaigns/" + screening.getCampaignId();
	}

	private String campaignForm(OfficerPrincipal me, Model model) {
		model.addAttribute("circles", this.registers.circles(me.scope()));
		model.addAttribute("buildings", this.registers.buildings(me.scope()));
		return "liaison/campaign-form";
	}

	private String screeningForm(OfficerPrincipal me, Long campaignId, Long enterpriseId, Model model) {
		model.addAttribute("campaign", this.screenings.campaign(me.scope(), campaignId));
		model.addAttribute("e", this.enterprises.get(me.scope(), enterpriseId));
		model.addAttribute("checklist", this.screenings.checklist());
		return "liaison/screening-form";
	}

}
