package org.stationops.incidents.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.stationops.incidents.HandlingGuideService;
import org.stationops.incidents.Incident;
import org.stationops.incidents.IncidentDetails;
import org.stationops.incidents.IncidentEditConflictException;
import org.stationops.incidents.IncidentFilter;
import org.stationops.incidents.IncidentService;
import org.stationops.incidents.IncidentStatus;
import org.stationops.shared.NotFoundException;
import org.stationops.shared.RuleViolationException;
import org.stationops.shared.web.Pages;
import org.stationops.shared.web.FormErrors;
import org.stationops.shared.web.OfficerPrincipal;
import org.stationops.shared.web.QrCodes;
import org.stationops.shared.web.ReadOnlyPage;
import org.stationops.stations.StationService;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Intake, list and search, detail, edit and receipt of incidents.
 */
@Controller
@RequestMapping("/incidents")
class IncidentController {

	static final String WRITERS = "hasAnyRole('OFFICER','SUPERVISOR')";

	private static final String FORM = "incidents/form";

	private final IncidentService incidents;

	private final HandlingGuideService guides;

	private final IncidentChoices choices;

	private final StationService stations;

	private final Clock clock;

	private final IncidentViews views;

	private final MessageSource messages;

	private final PublicAddress publicAddress;

	private final QrCodes qrCodes;

	IncidentController(IncidentService incidents, HandlingGuideService guides, IncidentChoices choices,
			StationService stations, Clock clock, IncidentViews views, MessageSource messages,
			PublicAddress publicAddress, QrCodes qrCodes) {
		this.publicAddress = publicAddress;
		this.qrCodes = qrCodes;
		this.views = views;
		this.messages = messages;
		this.incidents = incidents;
		this.guides = guides;
		this.choices = choices;
		this.stations = stations;
		this.clock = clock;
	}

	@ReadOnlyPage
	@GetMapping
	String list(@AuthenticationPrincipal OfficerPrincipal me,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@RequestParam(required = false) @Nullable String category,
			@RequestParam(required = false) @Nullable IncidentStatus status,
			@RequestParam(required = false) @Nullable Long area, @RequestParam(required = false) @Nullable Long officer,
			@RequestParam(required = false) @Nullable String q, @RequestParam(defaultValue = "0") int page,
			Model model) {
		IncidentFilter filter = new IncidentFilter(null,
				(from != null) ? from.atStartOfDay(this.clock.getZone()).toInstant() : null,
				(to != null) ? to.plusDays(1).atStartOfDay(this.clock.getZone()).toInstant() : null,
				(category == null || category.isBlank()) ? null : category, status, area, officer,
				(q != null && q.length() > 100) ? q.substring(0, 100) : q);
		this.choices.addTo(model, me);
		model.addAttribute("page", this.incidents.search(me.scope(), filter, Pages.of(page, 25)));
		model.addAttribute("filter", filter);
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		return "incidents/list";
	}

	@GetMapping("/new")
	@PreAuthorize(WRITERS)
	String showCreateForm(@AuthenticationPrincipal OfficerPrincipal me, Model model) {
		this.choices.addTo(model, me);
		model.addAttribute("form", IncidentForm.empty(LocalDateTime.now(this.clock), me.stationId()));
		return FORM;
	}

	@PostMapping
	@PreAuthorize(WRITERS)
	String create(@AuthenticationPrincipal OfficerPrincipal me, @Valid @ModelAttribute("form") IncidentForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (form == null) {
			// nothing could be read into a form (a forged field type): a blank form again
			model.asMap().remove(BindingResult.MODEL_KEY_PREFIX + "form");
			model.addAttribute("form", IncidentForm.empty(LocalDateTime.now(this.clock), me.stationId()));
			model.addAttribute("unreadableForm", true);
			this.choices.addTo(model, me);
			return FORM;
		}
		if (form.formToken() != null) {
			var earlier = this.incidents.findByFormToken(form.formToken()).filter(me.scope()::reaches);
			if (earlier.isPresent()) {
				return "redirect:/incidents/" + earlier.get().getId() + "/receipt";
			}
		}
		result = readable(form, result, model);
		form.checkReporter(result);
		Long stationId = (me.stationId() != null) ? me.stationId() : form.stationId();
		if (stationId == null) {
			result.rejectValue("stationId", "incidents.station.required");
		}
		if (result.hasErrors()) {
			this.choices.addTo(model, me);
			return FORM;
		}
		Incident incident;
		try {
			incident = this.incidents.register(me.scope(), Objects.requireNonNull(stationId),
					form.toDetails(this.clock.getZone()), form.formToken(), null, me.username());
		}
		catch (RuleViolationException ex) {
			FormErrors.reject(result, ex);
			this.choices.addTo(model, me);
			return FORM;
		}
		catch (DataIntegrityViolationException ex) {
			incident = this.incidents.findByFormToken(Objects.requireNonNull(form.formToken())).orElseThrow(() -> ex);
		}
		redirect.addFlashAttribute("message", "incidents.registered");
		return "redirect:/incidents/" + incident.getId() + "/receipt";
	}

	@ReadOnlyPage
	@GetMapping("/{id}")
	String show(@AuthenticationPrincipal OfficerPrincipal me, @PathVariable Long id, Model model) {
		Incident incident = this.incidents.readInFull(me.scope(), id, me.username());
		this.choices.addTo(model, me);
		model.addAttribute("incident", incident);
		model.addAttribute("notes", this.incidents.notes(me.scope(), id));
		model.addAttribute("guide", this.guides.forCategory(incident.getCategoryCode()).orElse(null));
		model.addAttribute("dispositions", IncidentStatus.DISPOSITIONS);
		model.addAttribute("station", this.stations.get(me.scope(), incident.getStationId()));
		return "incidents/detail";
	}

	@GetMapping("/{id}/receipt")
	String receipt(@AuthenticationPrincipal OfficerPrincipal me, @PathVariable Long id, Model model) {
		Incident incident = this.incidents.get(me.scope(), id);
		model.addAttribute("incident", incident);
		model.addAttribute("station", this.stations.get(me.scope(), incident.getStationId()));
		String trackUrl = this.publicAddress.trackUrl();
		model.addAttribute("trackUrl", trackUrl);
		model.addAttribute("trackQr", (trackUrl != null) ? this.qrCodes.svg(trackUrl) : null);
		model.addAttribute("trackPhone", (trackUrl == null) ? this.publicAddress.phone() : null);
		return "incidents/receipt";
	}

	@GetMapping("/{id}/edit")
	@PreAuthorize(WRITERS)
	String showEditForm(@AuthenticationPrincipal OfficerPrincipal me, @PathVariable Long id, Model model) {
		Incident incident = this.incidents.readInFull(me.scope(), id, me.username());
		this.choices.addTo(model, me);
		model.addAttribute("incident", incident);
		model.addAttribute("form", IncidentForm.of(incident, this.clock.getZone()));
		return FORM;
	}

	@PostMapping("/{id}")
	@PreAuthorize(WRITERS)
	String update(@AuthenticationPrincipal OfficerPrincipal me, @PathVariable Long id,
			@Valid @ModelAttribute("form") IncidentForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Incident incident = this.incidents.get(me.scope(), id);
		this.choices.addTo(model, me);
		model.addAttribute("incident", incident);
		result = readable(form, result, model);
		form.checkReporter(result);
		if (result.hasErrors()) {
			return FORM;
		}
		try {
			this.incidents.update(me.scope(), id, Objects.requireNonNullElse(form.version(), -1L),
					form.toDetails(this.clock.getZone()));
		}
		catch (IncidentEditConflictException ex) {
			FormErrors.reject(result, ex);
			Map<String, String> saved = display(me, ex.getCurrent());
			Map<String, String> yours = display(me, form.toDetails(this.clock.getZone()));
			model.addAttribute("conflictFields",
					ex.getDifferingFields()
						.stream()
						.map(field -> new Conflict(field, saved.getOrDefault(field, ""), yours.getOrDefault(field, "")))
						.toList());
			model.addAttribute("currentVersion", ex.getCurrentVersion());
			return FORM;
		}
		catch (RuleViolationException ex) {
			FormErrors.reject(result, ex);
			return FORM;
		}
		redirect.addFlashAttribute("message", "incidents.saved");
		return "redirect:/incidents/" + id;
	}

	/**
	 * One field that differs between the saved incident and a refused edit.
	 */
	record Conflict(String field, String saved, String yours) {

	}

	private Map<String, String> display(OfficerPrincipal me, IncidentDetails details) {
		Map<String, String> values = new HashMap<>();
		values.put("receivedAt", this.views.time(details.receivedAt()));
		values.put("source", this.messages.getMessage("incidents.source." + details.source().name(), null,
				details.source().name(), LocaleContextHolder.getLocale()));
		values.put("categoryCode", this.views.category(details.categoryCode()));
		values.put("location", details.location());
		values.put("areaId", areaName(me, details.areaId()));
		values.put("latitude", number(details.latitude()));
		values.put("longitude", number(details.longitude()));
		values.put("reporterName", details.reporterName());
		values.put("reporterPhone", details.reporterPhone());
		values.put("reporterIdNumber", details.reporterIdNumber());
		values.put("description", details.description());
		return values;
	}

	private String areaName(OfficerPrincipal me, @Nullable Long areaId) {
		if (areaId == null) {
			return "";
		}
		try {
			return this.stations.getArea(me.scope(), areaId).getName();
		}
		catch (NotFoundException ex) {
			return "";
		}
	}

	private static String number(@Nullable BigDecimal value) {
		return (value != null) ? value.stripTrailingZeros().toPlainString() : "";
	}

	/**
	 * When some fields could not be converted, Spring leaves the binding result without
	 * its target; checks that reject more fields then fail. The form's values are bound
	 * again to a result that keeps every error, so the page shows them all.
	 */
	private static BindingResult readable(IncidentForm form, BindingResult result, Model model) {
		if (result.getTarget() != null) {
			return result;
		}
		BeanPropertyBindingResult rebound = new BeanPropertyBindingResult(form, "form");
		rebound.addAllErrors(result);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", rebound);
		return rebound;
	}

}
