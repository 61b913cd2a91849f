package org.stationops.servicestations.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.stationops.servicestations.BookingService;
import org.stationops.servicestations.ServiceStation;
import org.stationops.servicestations.ServiceStationFilter;
import org.stationops.servicestations.ServiceStationKind;
import org.stationops.servicestations.ServiceStationService;
import org.stationops.servicestations.ServiceStationStatus;
import org.stationops.shared.RuleViolationException;
import org.stationops.shared.web.FormErrors;
import org.stationops.shared.web.OfficerPrincipal;
import org.stationops.shared.web.Pages;
import org.springframework.beans.factory.annotation.Value;
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
 * The registry of service stations: list, detail, create and edit.
 */
@Controller
@RequestMapping("/service-stations")
class ServiceStationController {

	static final String WRITERS = "hasAnyRole('OFFICER','SUPERVISOR')";

	private static final String FORM = "servicestations/form";

	private final ServiceStationService serviceStations;

	private final BookingService bookings;

	private final ServiceStationChoices choices;

	private final Clock clock;

	private final int areaMargin;

	ServiceStationController(ServiceStationService serviceStations, BookingService bookings,
			ServiceStationChoices choices, Clock clock,
			@Value("${stationops.service-stations.area-margin:1000}") int areaMargin) {
		this.areaMargin = areaMargin;
		this.serviceStations = serviceStations;
		this.bookings = bookings;
		this.choices = choices;
		this.clock = clock;
	}

	@GetMapping
	String list(@AuthenticationPrincipal OfficerPrincipal me, @RequestParam(required = false) @Nullable Long station,
			@RequestParam(required = false) @Nullable ServiceStationKind kind,
			@RequestParam(required = false) @Nullable ServiceStationStatus status,
			@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page, Model model) {
		ServiceStationFilter filter = new ServiceStationFilter(station, kind, status, q);
		this.choices.addTo(model, me);
		model.addAttribute("filter", filter);
		model.addAttribute("page", this.serviceStations.search(me.scope(), filter, Pages.of(page, 25)));
		return "servicestations/list";
	}

	@GetMapping("/{id}")
	String show(@AuthenticationPrincipal OfficerPrincipal me, @PathVariable Long id, Model model) {
		ServiceStation serviceStation = this.serviceStations.get(me.scope(), id);
		this.choices.addTo(model, me);
		model.addAttribute("s", serviceStation);
		model.addAttribute("hostName", this.serviceStations.hostEnterpriseName(me.scope(), serviceStation));
		model.addAttribute("outsideArea", this.serviceStations.metresOutsideArea(serviceStation, this.areaMargin));
		model.addAttribute("officeHours", this.bookings.officeHours(me.scope(), id));
		model.addAttribute("exceptions", this.bookings.exceptions(me.scope(), id));
		model.addAttribute("days", java.time.DayOfWeek.values());
		return "servicestations/detail";
	}

	@GetMapping("/new")
	@PreAuthorize(WRITERS)
	String showCreateForm(@AuthenticationPrincipal OfficerPrincipal me, Model model) {
		model.addAttribute("form", ServiceStationForm.empty(me.stationId(), LocalDate.now(this.clock)));
		return form(model, me);
	}

	@PostMapping
	@PreAuthorize(WRITERS)
	String create(@AuthenticationPrincipal OfficerPrincipal me, @Valid @ModelAttribute("form") ServiceStationForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (UnreadableForms.replaceIfUnreadable(result, model,
				ServiceStationForm.empty(me.stationId(), LocalDate.now(this.clock)))) {
			return form(model, me);
		}
		Long stationId = (me.stationId() != null) ? me.stationId() : form.stationId();
		if (stationId == null) {
			result.rejectValue("stationId", "servicestations.station.required");
		}
		checkPosition(form, result);
		if (result.hasErrors()) {
			return form(model, me);
		}
		try {
			ServiceStation created = this.serviceStations.create(me.scope(), Objects.requireNonNull(stationId),
					form.toDetails());
			redirect.addFlashAttribute("message", "servicestations.saved");
			return "redirect:/service-stations/" + created.getId();
		}
		catch (RuleViolationException ex) {
			FormErrors.reject(result, ex);
			return form(model, me);
		}
	}

	@GetMapping("/{id}/edit")
	@PreAuthorize(WRITERS)
	String showEditForm(@AuthenticationPrincipal OfficerPrincipal me, @PathVariable Long id, Model model) {
		model.addAttribute("form", ServiceStationForm.of(this.serviceStations.get(me.scope(), id)));
		model.addAttribute("serviceStationId", id);
		return form(model, me);
	}

	@PostMapping("/{id}")
	@PreAuthorize(WRITERS)
	String update(@AuthenticationPrincipal OfficerPrincipal me, @PathVariable Long id,
			@Valid @ModelAttribute("form") ServiceStationForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		ServiceStation current = this.serviceStations.get(me.scope(), id);
		model.addAttribute("serviceStationId", id);
		if (UnreadableForms.replaceIfUnreadable(result, model, ServiceStationForm.of(current))) {
			return form(model, me);
		}
		checkPosition(form, result);
		if (form.version() == null) {
			result.reject("servicestations.edit.conflict");
		}
		if (result.hasErrors()) {
			return form(model, me);
		}
		try {
			this.serviceStations.update(me.scope(), id, Objects.requireNonNull(form.version()), form.toDetails());
			redirect.addFlashAttribute("message", "servicestations.saved");
			return "redirect:/service-stations/" + id;
		}
		catch (RuleViolationException ex) {
			FormErrors.reject(result, ex);
			return form(model, me);
		}
	}

	private static void checkPosition(ServiceStationForm form, BindingResult result) {
		if (!result.hasFieldErrors("latitude") && !result.hasFieldErrors("longitude") && !form.positionInRange()) {
			result.rejectValue("latitude", "servicestations.position.outOfRange");
		}
	}

	private String form(Model model, OfficerPrincipal me) {
		this.choices.addTo(model, me);
		this.choices.addHostsTo(model, me);
		return FORM;
	}

}
