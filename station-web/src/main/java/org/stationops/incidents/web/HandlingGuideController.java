package org.stationops.incidents.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.stationops.incidents.HandlingGuide;
import org.stationops.incidents.HandlingGuideService;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Handling guides: everyone reads them; supervisors create and edit them. Steps are
 * edited as lines of "condition => action".
 */
@Controller
@RequestMapping("/incidents/guides")
class HandlingGuideController {

	static final String EDITORS = "hasAnyRole('SUPERVISOR','BUREAU_SUPERVISOR')";

	private static final String FORM = "incidents/guide-form";

	private final HandlingGuideService guides;

	private final IncidentChoices choices;

	HandlingGuideController(HandlingGuideService guides, IncidentChoices choices) {
		this.guides = guides;
		this.choices = choices;
	}

	/**
	 * The guide form; {@code steps} holds one "condition => action" per line.
	 */
	record GuideForm(@NotBlank @Nullable String categoryCode, @NotBlank @Size(max = 100) @Nullable String title,
			@Size(max = 1000) @Nullable String note, @NotBlank @Size(max = 4000) @Nullable String steps,
			@Nullable Long version) {

		static GuideForm of(HandlingGuide guide) {
			return new GuideForm(guide.getCategoryCode(), guide.getTitle(), guide.getNote(),
					String.join("\n", guide.getSteps().stream().map(s -> s.condition() + " => " + s.action()).toList()),
					guide.getVersion());
		}

		List<HandlingGuide.Step> parsedSteps() {
			List<HandlingGuide.Step> parsed = new ArrayList<>();
			for (String line : Objects.requireNonNullElse(this.steps, "").split("\\R")) {
				if (line.isBlank()) {
					continue;
				}
				String[] parts = line.split("=>|→", 2);
				if (parts.length < 2 || parts[0].isBlank() || parts[1].isBlank()) {
					throw RuleViolationException.onField("steps", "incidents.guide.badStep", line.trim());
				}
				parsed.add(new HandlingGuide.Step(parts[0].trim(), parts[1].trim()));
			}
			return parsed;
		}

	}

	@GetMapping
	String list(@AuthenticationPrincipal OfficerPrincipal me, Model model) {
		model.addAttribute("guides", this.guides.all());
		return "incidents/guides";
	}

	@GetMapping("/new")
	@PreAuthorize(EDITORS)
	String showCreateForm(@AuthenticationPrincipal OfficerPrincipal me, Model model) {
		this.choices.addTo(model, me);
		model.addAttribute("form", new GuideForm("", "", "", "", null));
		return FORM;
	}

	@GetMapping("/{id}/edit")
	@PreAuthorize(EDITORS)
	String showEditForm(@AuthenticationPrincipal OfficerPrincipal me, @PathVariable Long id, Model model) {
		this.choices.addTo(model, me);
		model.addAttribute("guide", this.guides.get(id));
		model.addAttribute("form", GuideForm.of(this.guides.get(id)));
		return FORM;
	}

	@PostMapping({ "", "/{id}" })
	@PreAuthorize(EDITORS)
	String save(@AuthenticationPrincipal OfficerPrincipal me, @PathVariable(required = false) @Nullable Long id,
			@Valid @ModelAttribute("form") GuideForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		this.choices.addTo(model, me);
		if (id != null) {
			model.addAttribute("guide", this.guides.get(id));
		}
		if (result.hasErrors()) {
			return FORM;
		}
		try {
			this.guides.save(id, Objects.requireNonNullElse(form.version(), -1L),
					Objects.requireNonNull(form.categoryCode()), Objects.requireNonNull(form.title()),
					Objects.requireNonNullElse(form.note(), ""), form.parsedSteps());
		}
		catch (RuleViolationException ex) {
			FormErrors.reject(result, ex);
			return FORM;
		}
		redirect.addFlashAttribute("message", "incidents.guide.saved");
		return "redirect:/incidents/guides";
	}

}
