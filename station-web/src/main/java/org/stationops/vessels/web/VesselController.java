package org.stationops.vessels.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.stationops.shared.RuleViolationException;
import org.stationops.shared.web.FormErrors;
import org.stationops.shared.web.OfficerPrincipal;
import org.stationops.shared.web.Pages;
import org.stationops.shared.web.ReadOnlyPage;
import org.stationops.stations.StationService;
import org.stationops.vessels.Vessel;
import org.stationops.vessels.VesselKind;
import org.stationops.vessels.VesselService;
import org.stationops.vessels.VesselStatus;
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
import org.springframework.security.core.annotation.AuthenticationPrincipal;

/**
 * The station's vessels: list (filtered by status), the vessel's page, create and edit.
 */
@Controller
@RequestMapping("/vessels")
class VesselController {

	private static final String FORM = "vessels/form";

	private final VesselService vessels;

	private final StationService stations;

	private final VesselPage page;

	private final Clock clock;

	VesselController(VesselService vessels, StationService stations, VesselPage page, Clock clock) {
		this.vessels = vessels;
		this.stations = stations;
		this.page = page;
		this.clock = clock;
	}

	@GetMapping
	@ReadOnlyPage
	String list(@AuthenticationPrincipal OfficerPrincipal me, @RequestParam(required = false) @Nullable Long station,
			@RequestParam(required = false) @Nullable VesselStatus status, @RequestParam(defaultValue = "0") int page,
			Model model) {
		model.addAttribute("station", station);
		model.addAttribute("status", status);
		model.addAttribute("statuses", VesselStatus.values());
		model.addAttribute("stations", this.stations.visibleStations(me.scope()));
		model.addAttribute("page", this.vessels.list(me.scope(), station, status, Pages.of(page, 25)));
		return "vessels/list";
	}

	@GetMapping("/{id:\\d+}")
	@ReadOnlyPage
	String show(@AuthenticationPrincipal OfficerPrincipal me, @PathVariable Long id, Model model) {
		return this.page.detail(model, me.scope(), id);
	}

	@GetMapping("/new")
	String showCreateForm(@AuthenticationPrincipal OfficerPrincipal me,
			@RequestParam(required = false) @Nullable Long station, Model model) {
		Long stationId = (me.stationId() != null) ? me.stationId() : station;
		model.addAttribute("form", VesselForm.empty(stationId, LocalDate.now(this.clock)));
		return form(model, me, stationId);
	}

	@PostMapping
	String create(@AuthenticationPrincipal OfficerPrincipal me, @Valid @ModelAttribute("form") VesselForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		Long stationId = (me.stationId() != null) ? me.stationId() : form.stationId();
		if (unreadable(result, model, VesselForm.empty(stationId, LocalDate.now(this.clock)))) {
			return form(model, me, stationId);
		}
		if (stationId == null) {
			result.rejectValue("stationId", "vessels.station.required");
		}
		if (form.status() == null) {
			result.rejectValue("status", "vessels.status.required");
		}
		if (form.statusSince() == null) {
			result.rejectValue("statusSince", "vessels.statusSince.required");
		}
		if (result.hasErrors()) {
			return form(model, me, stationId);
		}
		try {
			Vessel vessel = this.vessels.create(me.scope(), Objects.requireNonNull(stationId), form.toDetails(),
					Objects.requireNonNull(form.status()), Objects.requireNonNull(form.statusSince()));
			redirect.addFlashAttribute("message", "vessels.saved");
			return "redirect:/vessels/" + vessel.getId();
		}
		catch (RuleViolationException ex) {
			FormErrors.reject(result, ex);
			return form(model, me, stationId);
		}
	}

	@GetMapping("/{id:\\d+}/edit")
	String showEditForm(@AuthenticationPrincipal OfficerPrincipal me, @PathVariable Long id, Model model) {
		Vessel vessel = this.vessels.get(me.scope(), id);
		model.addAttribute("form", VesselForm.of(vessel));
		model.addAttribute("vesselId", id);
		return form(model, me, vessel.getStationId());
	}

	@PostMapping("/{id:\\d+}")
	String update(@AuthenticationPrincipal OfficerPrincipal me, @PathVariable Long id,
			@Valid @ModelAttribute("form") VesselForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Vessel current = this.vessels.get(me.scope(), id);
		model.addAttribute("vesselId", id);
		if (unreadable(result, model, VesselForm.of(current))) {
			return form(model, me, current.getStationId());
		}
		if (form.version() == null) {
			result.reject("vessels.edit.conflict");
		}
		if (result.hasErrors()) {
			return form(model, me, current.getStationId());
		}
		try {
			this.vessels.update(me.scope(), id, Objects.requireNonNull(form.version()), form.toDetails());
			redirect.addFlashAttribute("message", "vessels.saved");
			return "redirect:/vessels/" + id;
		}
		catch (RuleViolationException ex) {
			FormErrors.reject(result, ex);
			return form(model, me, current.getStationId());
		}
	}

	static boolean unreadable(BindingResult result, Model model, Object emptyForm) {
		if (result.getTarget() != null) {
			return false;
		}
		model.asMap().remove(BindingResult.MODEL_KEY_PREFIX + result.getObjectName());
		model.addAttribute(result.getObjectName(), emptyForm);
		model.addAttribute("unreadableForm", true);
		return true;
	}

	private String form(Model model, OfficerPrincipal me, @Nullable Long stationId) {
		model.addAttribute("kinds", VesselKind.values());
		model.addAttribute("statuses", VesselStatus.values());
		model.addAttribute("stations", this.stations.visibleStations(me.scope()));
		model.addAttribute("owners",
				(stationId != null) ? this.vessels.possibleOwners(me.scope(), stationId) : java.util.List.of());
		model.addAttribute("officers", (stationId != null) ? this.vessels.officers(stationId) : java.util.List.of());
		return FORM;
	}

}
