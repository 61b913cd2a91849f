package org.stationops.servicestations.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.stationops.incidents.IncidentCategory;
import org.stationops.incidents.IncidentService;
import org.stationops.servicestations.ServiceLogEntry;
import org.stationops.servicestations.ServiceLogKind;
import org.stationops.servicestations.ServiceLogRequest;
import org.stationops.servicestations.ServiceLogService;
import org.stationops.servicestations.ServiceStation;
import org.stationops.servicestations.ServiceStationService;
import org.stationops.shared.RuleViolationException;
import org.stationops.shared.StationTime;
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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The service log (服务日志): a quick entry sized for a phone, the counts per service station
 * and kind for a period, and the latest entries.
 */
@Controller
@RequestMapping("/service-stations/log")
class ServiceLogController {

	private static final String PAGE = "servicestations/log";

	private final ServiceLogService log;

	private final ServiceStationService serviceStations;

	private final IncidentService incidents;

	private final ServiceStationChoices choices;

	private final Clock clock;

	ServiceLogController(ServiceLogService log, ServiceStationService serviceStations, IncidentService incidents,
			ServiceStationChoices choices, Clock clock) {
		this.log = log;
		this.serviceStations = serviceStations;
		this.incidents = incidents;
		this.choices = choices;
		this.clock = clock;
	}

	@GetMapping
	String page(@AuthenticationPrincipal OfficerPrincipal me, @RequestParam(required = false) @Nullable Long station,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@RequestParam(required = false) @Nullable Long serviceStation, Model model) {
		Long stationId = stationOf(me, station);
		model.addAttribute("form", ServiceLogForm.empty(serviceStation));
		return show(me, stationId, from, to, model);
	}

	@PostMapping
	@PreAuthorize(ServiceStationController.WRITERS)
	String record(@AuthenticationPrincipal OfficerPrincipal me, @Valid @ModelAttribute("form") ServiceLogForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		Long stationId = stationOf(me, null);
		if (UnreadableForms.replaceIfUnreadable(result, model, ServiceLogForm.empty(form.serviceStationId()))) {
			return show(me, stationId, null, null, model);
		}
		if (form.opensIncident() && (form.incidentCategory() == null || form.incidentCategory().isBlank())) {
			result.rejectValue("incidentCategory", "servicestations.log.categoryRequired");
		}
		if (form.opensIncident() && form.kind() != null && !form.kind().opensIncidents()) {
			result.rejectValue("openIncident", "servicestations.log.incidentOnlyForAlarm");
		}
		if (result.hasErrors()) {
			return show(me, stationId, null, null, model);
		}
		LocalDateTime when = (form.occurredAt() != null) ? form.occurredAt() : LocalDateTime.now(this.clock);
		ServiceLogEntry entry;
		try {
			entry = this.log.record(me.scope(),
					new ServiceLogRequest(Objects.requireNonNull(form.serviceStationId()),
							Objects.requireNonNull(form.kind()), when.atZone(StationTime.ZONE).toInstant(),
							Objects.requireNonNull(form.people()), Objects.requireNonNullElse(form.note(), ""),
							form.opensIncident() ? form.incidentCategory() : null),
					form.formToken(), me.username());
		}
		catch (RuleViolationException ex) {
			FormErrors.reject(result, ex);
			return show(me, stationId, null, null, model);
		}
		redirect.addFlashAttribute("message", (entry.getIncidentId() != null) ? "servicestations.log.savedWithIncident"
				: "servicestations.log.saved");
		redirect.addFlashAttribute("openedIncident", entry.getIncidentId());
		return "redirect:/service-stations/log?serviceStation=" + entry.getServiceStationId();
	}

	private String show(OfficerPrincipal me, @Nullable Long stationId, @Nullable LocalDate from, @Nullable LocalDate to,
			Model model) {
		LocalDate today = LocalDate.now(this.clock);
		LocalDate start = (from != null) ? from : today.withDayOfMonth(1);
		LocalDate end = (to != null) ? to : today;
		if (end.isBefore(start)) {
			model.addAttribute("periodError", "servicestations.log.period");
			start = today.withDayOfMonth(1);
			end = today;
		}
		this.choices.addTo(model, me);
		List<ServiceStation> own = (stationId != null) ? this.serviceStations.of(me.scope(), stationId) : List.of();
		model.addAttribute("serviceStations", own.stream().filter(ServiceStation::isActive).toList());
		model.addAttribute("logKinds", ServiceLogKind.values());
		List<IncidentCategory> categories = this.incidents.categories();
		model.addAttribute("alarmCategories", categories.stream().filter(c -> !c.isTopLevel()).toList());
		model.addAttribute("station", stationId);
		model.addAttribute("from", start);
		model.addAttribute("to", end);
		if (stationId != null) {
			model.addAttribute("tally", this.log.tally(me.scope(), stationId, start, end));
			model.addAttribute("recent", this.log.recent(me.scope(), stationId, Pages.of(0, 20)).getContent());
			model.addAttribute("serviceStationNames",
					this.serviceStations.names(me.scope(), own.stream().map(ServiceStation::getId).toList()));
		}
		return PAGE;
	}

	private @Nullable Long stationOf(OfficerPrincipal me, @Nullable Long station) {
		if (me.stationId() != null) {
			return me.stationId();
		}
		return (station != null) ? station : this.choices.firstStation(me);
	}

}
