package org.stationops.practitioners.web;

import java.util.List;
import java.util.Objects;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.stationops.practitioners.Practitioner;
import org.stationops.practitioners.PractitionerService;
import org.stationops.practitioners.Trade;
import org.stationops.practitioners.web.PractitionerForms.PractitionerForm;
import org.stationops.shared.RuleViolationException;
import org.stationops.shared.web.FormErrors;
import org.stationops.shared.web.OfficerPrincipal;
import org.stationops.shared.web.Pages;
import org.stationops.shared.web.ReadOnlyPage;
import org.springframework.data.domain.Page;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import static org.stationops.practitioners.web.PractitionerForms.text;

/**
 * The register of practitioners (ID numbers and phones masked) and registering one.
 */
@Controller
@RequestMapping("/practitioners")
class PractitionerController {

	private static final String LIST = "practitioners/list";

	private final PractitionerService practitioners;

	PractitionerController(PractitionerService practitioners) {
		this.practitioners = practitioners;
	}

	@GetMapping
	@ReadOnlyPage
	String list(@AuthenticationPrincipal OfficerPrincipal me, @RequestParam(required = false) @Nullable Trade trade,
			@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("form", PractitionerForm.empty());
		return page(me, trade, page, model);
	}

	@PostMapping
	String register(@AuthenticationPrincipal OfficerPrincipal me, @Valid @ModelAttribute("form") PractitionerForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (result.getTarget() == null) {
			model.addAttribute("form", PractitionerForm.empty());
			model.addAttribute("unreadableForm", true);
			return page(me, null, 0, model);
		}
		if (me.stationId() == null) {
			result.reject("practitioners.station.required");
		}
		if (!result.hasErrors()) {
			try {
				this.practitioners.register(me.scope(), Objects.requireNonNull(me.stationId()),
						Objects.requireNonNull(form.enterpriseId()), text(form.name()), text(form.idNumber()),
						text(form.phone()), Objects.requireNonNull(form.trade()));
				redirect.addFlashAttribute("message", "practitioners.registered");
				return "redirect:/practitioners";
			}
			catch (RuleViolationException ex) {
				FormErrors.reject(result, ex);
			}
		}
		return page(me, null, 0, model);
	}

	private String page(OfficerPrincipal me, @Nullable Trade trade, int page, Model model) {
		Page<Practitioner> found = this.practitioners.list(me.scope(), trade, Pages.of(page, 50));
		model.addAttribute("trade", trade);
		model.addAttribute("trades", Trade.values());
		model.addAttribute("page", found);
		model.addAttribute("employerNames", this.practitioners.employerNames(found.getContent()));
		model.addAttribute("employers",
				(me.stationId() != null) ? this.practitioners.employers(me.scope(), me.stationId()) : List.of());
		return LIST;
	}

}
