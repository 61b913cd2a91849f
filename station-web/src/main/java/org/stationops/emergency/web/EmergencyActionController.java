package org.stationops.emergency.web;

import java.util.Objects;
import java.util.function.Supplier;

import jakarta.validation.Valid;
import org.stationops.emergency.EmergencyPlan;
import org.stationops.emergency.EmergencyPlanService;
import org.stationops.emergency.web.PlanWorkForms.ActivationForm;
import org.stationops.emergency.web.PlanWorkForms.DrillForm;
import org.stationops.emergency.web.PlanWorkForms.MobiliserForm;
import org.stationops.shared.RuleViolationException;
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

import static org.stationops.emergency.web.PlanWorkForms.text;

/**
 * The work on a plan: its mobilisation list, activation and standing down, drills, and
 * the one-click mobilisation view. A refused form comes back on the plan's page with the
 * officer's input and the reasons.
 */
@Controller
@RequestMapping("/emergency/{id}")
class EmergencyActionController {

	private final EmergencyPlanService plans;

	private final PlanPage page;

	EmergencyActionController(EmergencyPlanService plans, PlanPage page) {
		this.plans = plans;
		this.page = page;
	}

	@GetMapping("/mobilise")
	String mobilise(@AuthenticationPrincipal OfficerPrincipal me, @PathVariable Long id, Model model) {
		model.addAttribute("p", this.plans.mobilisation(me.scope(), id, me.username()));
		return "emergency/mobilise";
	}

	@PostMapping("/mobilisers")
	@PreAuthorize(EmergencyPlanController.WRITERS)
	String addMobiliser(@AuthenticationPrincipal OfficerPrincipal me, @PathVariable Long id,
			@Valid @ModelAttribute("mobiliserForm") MobiliserForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return run(me, id, result, model, redirect, "emergency.mobiliser.added",
				() -> this.plans.addMobiliser(me.scope(), id, version(form.version()),
						Objects.requireNonNull(form.kind()), text(form.name()), text(form.contact()),
						text(form.phone()), text(form.task())));
	}

	@PostMapping("/mobilisers/{index}/up")
	@PreAuthorize(EmergencyPlanController.WRITERS)
	String moveUp(@AuthenticationPrincipal OfficerPrincipal me, @PathVariable Long id, @PathVariable int index,
			@RequestParam long version, RedirectAttributes redirect) {
		return verb(id, redirect, () -> this.plans.moveUp(me.scope(), id, version, index));
	}

	@PostMapping("/mobilisers/{index}/remove")
	@PreAuthorize(EmergencyPlanController.WRITERS)
	String remove(@AuthenticationPrincipal OfficerPrincipal me, @PathVariable Long id, @PathVariable int index,
			@RequestParam long version, RedirectAttributes redirect) {
		return verb(id, redirect, () -> this.plans.removeMobiliser(me.scope(), id, version, index));
	}

	@PostMapping("/activate")
	@PreAuthorize(EmergencyPlanController.WRITERS)
	String activate(@AuthenticationPrincipal OfficerPrincipal me, @PathVariable Long id,
			@Valid @ModelAttribute("activationForm") ActivationForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		String done = run(me, id, result, model, redirect, "emergency.activated", () -> this.plans.activate(me.scope(),
				id, version(form.version()), text(form.reason()), me.displayName()));
		return done.startsWith("redirect:") ? "redirect:/emergency/" + id + "/mobilise" : done;
	}

	@PostMapping("/stand-down")
	@PreAuthorize(EmergencyPlanController.WRITERS)
	String standDown(@AuthenticationPrincipal OfficerPrincipal me, @PathVariable Long id, @RequestParam long version,
			RedirectAttributes redirect) {
		return verb(id, redirect, () -> this.plans.standDown(me.scope(), id, version));
	}

	@PostMapping("/drills")
	@PreAuthorize(EmergencyPlanController.WRITERS)
	String recordDrill(@AuthenticationPrincipal OfficerPrincipal me, @PathVariable Long id,
			@Valid @ModelAttribute("drillForm") DrillForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return run(me, id, result, model, redirect, "emergency.drill.recorded",
				() -> this.plans.recordDrill(me.scope(), id, version(form.version()),
						Objects.requireNonNull(form.heldOn()), Objects.requireNonNull(form.participants()),
						Objects.requireNonNull(form.minutesToAssemble()), text(form.findings()),
						text(form.followUp())));
	}

	private String run(OfficerPrincipal me, Long id, BindingResult result, Model model, RedirectAttributes redirect,
			String message, Supplier<EmergencyPlan> verb) {
		if (result.getTarget() == null) {
			model.asMap().remove(BindingResult.MODEL_KEY_PREFIX + result.getObjectName());
			model.asMap().remove(result.getObjectName());
			model.addAttribute("unreadableForm", true);
		}
		else if (!result.hasErrors()) {
			try {
				verb.get();
				redirect.addFlashAttribute("message", message);
				return "redirect:/emergency/" + id;
			}
			catch (RuleViolationException ex) {
				FormErrors.reject(result, ex);
			}
		}
		return this.page.detail(model, me.scope(), this.plans.get(me.scope(), id));
	}

	private static String verb(Long id, RedirectAttributes redirect, Supplier<EmergencyPlan> verb) {
		try {
			verb.get();
		}
		catch (RuleViolationException ex) {
			redirect.addFlashAttribute("actionError", ex.getCode());
		}
		return "redirect:/emergency/" + id;
	}

	private static long version(Long version) {
		return Objects.requireNonNullElse(version, -1L);
	}

}
