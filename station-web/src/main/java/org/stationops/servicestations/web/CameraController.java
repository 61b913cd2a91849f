package org.stationops.servicestations.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.stationops.servicestations.Camera;
import org.stationops.servicestations.CameraKind;
import org.stationops.servicestations.CameraOwner;
import org.stationops.servicestations.CameraService;
import org.stationops.servicestations.CameraStatus;
import org.stationops.servicestations.ServiceStation;
import org.stationops.servicestations.ServiceStationService;
import org.stationops.shared.RuleViolationException;
import org.stationops.shared.web.FormErrors;
import org.stationops.shared.web.OfficerPrincipal;
import org.stationops.shared.web.Pages;
import org.springframework.format.annotation.DateTimeFormat;
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
 * Cameras (天网 / 雪亮): the register filtered by service station, kind and status, the fault
 * list with days out of service, fault and repair, and registering a camera.
 */
@Controller
@RequestMapping("/service-stations/cameras")
class CameraController {

	private static final String PAGE = "servicestations/cameras";

	private final CameraService cameras;

	private final ServiceStationService serviceStations;

	private final ServiceStationChoices choices;

	CameraController(CameraService cameras, ServiceStationService serviceStations, ServiceStationChoices choices) {
		this.cameras = cameras;
		this.serviceStations = serviceStations;
		this.choices = choices;
	}

	/**
	 * One line of the fault summary per service station.
	 */
	record FaultSummary(String name, int faulty, long longestDays) {

	}

	@GetMapping
	String list(@AuthenticationPrincipal OfficerPrincipal me, @RequestParam(required = false) @Nullable Long station,
			@RequestParam(required = false) @Nullable Long serviceStation,
			@RequestParam(required = false) @Nullable CameraKind kind,
			@RequestParam(required = false) @Nullable CameraStatus status, @RequestParam(defaultValue = "0") int page,
			Model model) {
		model.addAttribute("form", CameraForm.empty());
		return show(me, stationOf(me, station), serviceStation, kind, status, page, model);
	}

	@PostMapping
	@PreAuthorize(ServiceStationController.WRITERS)
	String create(@AuthenticationPrincipal OfficerPrincipal me, @Valid @ModelAttribute("form") CameraForm form,
			BindingResult result, @RequestParam(required = false) @Nullable Long station, Model model,
			RedirectAttributes redirect) {
		Long stationId = stationOf(me, station);
		if (UnreadableForms.replaceIfUnreadable(result, model, CameraForm.empty())) {
			return show(me, stationId, null, null, null, 0, model);
		}
		if (!result.hasFieldErrors("latitude") && !result.hasFieldErrors("longitude") && !form.positionInRange()) {
			result.rejectValue("latitude", "servicestations.position.outOfRange");
		}
		if (result.hasErrors() || stationId == null) {
			return show(me, stationId, null, null, null, 0, model);
		}
		try {
			this.cameras.create(me.scope(), stationId, form.toDetails());
		}
		catch (RuleViolationException ex) {
			FormErrors.reject(result, ex);
			return show(me, stationId, null, null, null, 0, model);
		}
		redirect.addFlashAttribute("message", "servicestations.camera.saved");
		return "redirect:/service-stations/cameras?station=" + stationId;
	}

	@PostMapping("/{id}/fault")
	@PreAuthorize(ServiceStationController.WRITERS)
	String reportFault(@AuthenticationPrincipal OfficerPrincipal me, @PathVariable Long id, @RequestParam long version,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate since,
			@RequestParam(defaultValue = "") String note, RedirectAttributes redirect) {
		Camera camera = this.cameras.get(me.scope(), id);
		return run(camera, redirect, "servicestations.camera.faultReported", () -> this.cameras.reportFault(me.scope(),
				id, version, (since != null) ? since : this.cameras.today(), limit(note, 200)));
	}

	@PostMapping("/{id}/repair")
	@PreAuthorize(ServiceStationController.WRITERS)
	String repair(@AuthenticationPrincipal OfficerPrincipal me, @PathVariable Long id, @RequestParam long version,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate on,
			RedirectAttributes redirect) {
		Camera camera = this.cameras.get(me.scope(), id);
		return run(camera, redirect, "servicestations.camera.repaired",
				() -> this.cameras.repair(me.scope(), id, version, (on != null) ? on : this.cameras.today()));
	}

	private String show(OfficerPrincipal me, @Nullable Long stationId, @Nullable Long serviceStation,
			@Nullable CameraKind kind, @Nullable CameraStatus status, int page, Model model) {
		this.choices.addTo(model, me);
		model.addAttribute("cameraKinds", CameraKind.values());
		model.addAttribute("cameraOwners", CameraOwner.values());
		model.addAttribute("cameraStatuses", CameraStatus.values());
		model.addAttribute("station", stationId);
		model.addAttribute("serviceStation", serviceStation);
		model.addAttribute("kind", kind);
		model.addAttribute("status", status);
		LocalDate today = this.cameras.today();
		model.addAttribute("today", today);
		if (stationId == null) {
			return PAGE;
		}
		List<ServiceStation> own = this.serviceStations.of(me.scope(), stationId);
		Map<Long, String> names = new TreeMap<>();
		own.forEach(s -> names.put(s.getId(), s.getName()));
		model.addAttribute("serviceStations", own);
		model.addAttribute("serviceStationNames", names);
		List<Camera> faults = this.cameras.faults(me.scope(), stationId);
		model.addAttribute("faults", faults);
		Map<String, FaultSummary> summary = new TreeMap<>();
		for (Camera c : faults) {
			String name = (c.getServiceStationId() != null) ? names.getOrDefault(c.getServiceStationId(), "") : "";
			FaultSummary before = summary.get(name);
			long days = c.daysOutOfService(today);
			summary.put(name, (before == null) ? new FaultSummary(name, 1, days)
					: new FaultSummary(name, before.faulty() + 1, Math.max(before.longestDays(), days)));
		}
		model.addAttribute("faultSummary", summary.values());
		model.addAttribute("page",
				this.cameras.search(me.scope(), stationId, serviceStation, kind, status, Pages.of(page, 50)));
		return PAGE;
	}

	private @Nullable Long stationOf(OfficerPrincipal me, @Nullable Long station) {
		if (me.stationId() != null) {
			return me.stationId();
		}
		return (station != null) ? station : this.choices.firstStation(me);
	}

	private static String run(Camera camera, RedirectAttributes redirect, String success, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("message", success);
		}
		catch (RuleViolationException ex) {
			redirect.addFlashAttribute("actionError", ex.getCode());
			redirect.addFlashAttribute("actionErrorArgs", ex.getArguments());
		}
		return "redirect:/service-stations/cameras?station=" + camera.getStationId();
	}

	private static String limit(String text, int max) {
		return (text.length() > max) ? text.substring(0, max) : text;
	}

}
