package org.stationops.patrol.web;

import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import org.stationops.patrol.Checkpoint;
import org.stationops.patrol.CheckpointService;
import org.stationops.servicestations.ServiceStation;
import org.stationops.servicestations.ServiceStationService;
import org.stationops.shared.RuleViolationException;
import org.stationops.shared.web.FormErrors;
import org.stationops.shared.web.OfficerPrincipal;
import org.stationops.shared.web.QrCodes;
import org.stationops.stations.Station;
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
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Checkpoints: list, create, edit, and the printable sheet with the signed QR code.
 */
@Controller
@RequestMapping("/patrol/checkpoints")
class CheckpointController {

	private static final String FORM = "patrol/checkpoint-form";

	private final CheckpointService checkpoints;

	private final ServiceStationService serviceStations;

	private final PatrolChoices choices;

	private final QrCodes qrCodes;

	CheckpointController(CheckpointService checkpoints, ServiceStationService serviceStations, PatrolChoices choices,
			QrCodes qrCodes) {
		this.checkpoints = checkpoints;
		this.serviceStations = serviceStations;
		this.choices = choices;
		this.qrCodes = qrCodes;
	}

	@GetMapping
	String list(@AuthenticationPrincipal OfficerPrincipal me, Model model) {
		this.choices.addTo(model, me);
		model.addAttribute("checkpoints", this.checkpoints.visible(me.scope()));
		model.addAttribute("serviceStationNames", serviceStationNames(me, model));
		return "patrol/checkpoints";
	}

	@GetMapping("/{id}/sheet")
	String sheet(@AuthenticationPrincipal OfficerPrincipal me, @PathVariable Long id, Model model) {
		Checkpoint checkpoint = this.checkpoints.get(me.scope(), id);
		String code = this.checkpoints.issueCode(me.scope(), id);
		String url = ServletUriComponentsBuilder.fromCurrentContextPath()
			.path("/patrol/c/{id}")
			.queryParam("code", code)
			.buildAndExpand(id)
			.toUriString();
		this.choices.addTo(model, me);
		model.addAttribute("c", checkpoint);
		model.addAttribute("code", code);
		model.addAttribute("url", url);
		model.addAttribute("expires", this.checkpoints.expiryOf(code));
		model.addAttribute("qr", this.qrCodes.svg(url));
		return "patrol/sheet";
	}

	@GetMapping("/new")
	@PreAuthorize(PatrolUnitController.WRITERS)
	String showCreateForm(@AuthenticationPrincipal OfficerPrincipal me, Model model) {
		model.addAttribute("form", CheckpointForm.empty(me.stationId()));
		return form(model, me);
	}

	@PostMapping
	@PreAuthorize(PatrolUnitController.WRITERS)
	String create(@AuthenticationPrincipal OfficerPrincipal me, @Valid @ModelAttribute("form") CheckpointForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (Forms.replaceIfUnreadable(result, model, CheckpointForm.empty(me.stationId()))) {
			return form(model, me);
		}
		Long stationId = this.choices.stationOf(me, form.stationId());
		if (stationId == null) {
			result.rejectValue("stationId", "patrol.station.required");
		}
		if (result.hasErrors()) {
			return form(model, me);
		}
		try {
			this.checkpoints.create(me.scope(), Objects.requireNonNull(stationId), form.toDetails());
			redirect.addFlashAttribute("message", "patrol.saved");
			return "redirect:/patrol/checkpoints";
		}
		catch (RuleViolationException ex) {
			FormErrors.reject(result, ex);
			return form(model, me);
		}
	}

	@GetMapping("/{id}/edit")
	@PreAuthorize(PatrolUnitController.WRITERS)
	String showEditForm(@AuthenticationPrincipal OfficerPrincipal me, @PathVariable Long id, Model model) {
		model.addAttribute("form", CheckpointForm.of(this.checkpoints.get(me.scope(), id)));
		model.addAttribute("checkpointId", id);
		return form(model, me);
	}

	@PostMapping("/{id}")
	@PreAuthorize(PatrolUnitController.WRITERS)
	String update(@AuthenticationPrincipal OfficerPrincipal me, @PathVariable Long id,
			@Valid @ModelAttribute("form") CheckpointForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Checkpoint current = this.checkpoints.get(me.scope(), id);
		model.addAttribute("checkpointId", id);
		if (Forms.replaceIfUnreadable(result, model, CheckpointForm.of(current))) {
			return form(model, me);
		}
		if (form.version() == null) {
			result.reject("patrol.edit.conflict");
		}
		if (result.hasErrors()) {
			return form(model, me);
		}
		try {
			this.checkpoints.update(me.scope(), id, Objects.requireNonNull(form.version()), form.toDetails());
			redirect.addFlashAttribute("message", "patrol.saved");
			return "redirect:/patrol/checkpoints";
		}
		catch (RuleViolationException ex) {
			FormErrors.reject(result, ex);
			return form(model, me);
		}
	}

	private Map<Long, String> serviceStationNames(OfficerPrincipal me, Model model) {
		return serviceStationList(me, model).stream()
			.collect(Collectors.toMap(ServiceStation::getId, ServiceStation::getName));
	}

	@SuppressWarnings("unchecked")
	private java.util.List<ServiceStation> serviceStationList(OfficerPrincipal me, Model model) {
		java.util.List<Station> stations = (java.util.List<Station>) model.getAttribute("stations");
		java.util.List<ServiceStation> list = Objects.requireNonNull(stations)
			.stream()
			.flatMap(s -> this.serviceStations.of(me.scope(), s.getId()).stream())
			.toList();
		model.addAttribute("serviceStations", list);
		return list;
	}

	private String form(Model model, OfficerPrincipal me) {
		this.choices.addTo(model, me);
		serviceStationList(me, model);
		return FORM;
	}

}
