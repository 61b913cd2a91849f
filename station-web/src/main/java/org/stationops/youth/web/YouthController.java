package org.stationops.youth.web;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.stationops.officers.OfficerService;
import org.stationops.shared.RuleViolationException;
import org.stationops.shared.web.FormErrors;
import org.stationops.shared.web.OfficerPrincipal;
import org.stationops.shared.web.Pages;
import org.stationops.youth.GroupStatus;
import org.stationops.youth.ReferralSource;
import org.stationops.youth.YouthGroup;
import org.stationops.youth.YouthService;
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

/**
 * The list of groups the officer may read, the referral form and the minor's file (each
 * showing of which is audited).
 */
@Controller
@RequestMapping("/youth")
class YouthController {

	static final String WRITERS = "hasAnyRole('OFFICER','SUPERVISOR')";

	private static final String FORM = "youth/form";

	private final YouthService youth;

	private final OfficerService officers;

	private final YouthPage page;

	private final Clock clock;

	YouthController(YouthService youth, OfficerService officers, YouthPage page, Clock clock) {
		this.youth = youth;
		this.officers = officers;
		this.page = page;
		this.clock = clock;
	}

	@GetMapping
	String list(@AuthenticationPrincipal OfficerPrincipal me,
			@RequestParam(required = false) @Nullable GroupStatus status, @RequestParam(defaultValue = "0") int page,
			Model model) {
		model.addAttribute("status", status);
		model.addAttribute("statuses", GroupStatus.values());
		model.addAttribute("today", LocalDate.now(this.clock));
		model.addAttribute("page", this.youth.list(YouthReaders.of(me), status, Pages.of(page, 25)));
		return "youth/list";
	}

	@GetMapping("/{id}")
	String show(@AuthenticationPrincipal OfficerPrincipal me, @PathVariable Long id, Model model) {
		return this.page.detail(model, this.youth.read(YouthReaders.of(me), id));
	}

	@GetMapping("/new")
	@PreAuthorize(WRITERS)
	String showCreateForm(@AuthenticationPrincipal OfficerPrincipal me, Model model) {
		model.addAttribute("form", ReferralForm.empty(me.stationId(), me.officerId(), LocalDate.now(this.clock)));
		return form(model, me);
	}

	@PostMapping
	@PreAuthorize(WRITERS)
	String create(@AuthenticationPrincipal OfficerPrincipal me, @Valid @ModelAttribute("form") ReferralForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (result.getTarget() == null) {
			model.asMap().remove(BindingResult.MODEL_KEY_PREFIX + "form");
			model.addAttribute("form", ReferralForm.empty(me.stationId(), me.officerId(), LocalDate.now(this.clock)));
			model.addAttribute("unreadableForm", true);
			return form(model, me);
		}
		Long stationId = me.stationId();
		if (stationId == null) {
			result.reject("youth.station.required");
		}
		if (form.reviewOn() != null && form.referredOn() != null && form.reviewOn().isBefore(form.referredOn())) {
			result.rejectValue("reviewOn", "youth.reviewOn.beforeReferral");
		}
		if (result.hasErrors() || stationId == null) {
			return form(model, me);
		}
		try {
			YouthGroup group = this.youth.refer(me.scope(), stationId, form.toReferral());
			redirect.addFlashAttribute("message", "youth.referred");
			return YouthReaders.of(me).mayRead(group) ? "redirect:/youth/" + group.getId() : "redirect:/youth";
		}
		catch (RuleViolationException ex) {
			FormErrors.reject(result, ex);
			return form(model, me);
		}
	}

	private String form(Model model, OfficerPrincipal me) {
		model.addAttribute("sources", ReferralSource.values());
		model.addAttribute("officers",
				(me.stationId() != null) ? this.officers.activeAt(me.stationId()) : java.util.List.of());
		return FORM;
	}

}
