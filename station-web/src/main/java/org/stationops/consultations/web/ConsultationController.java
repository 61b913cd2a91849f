package org.stationops.consultations.web;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Objects;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.stationops.consultations.Channel;
import org.stationops.consultations.Consultation;
import org.stationops.consultations.ConsultationService;
import org.stationops.consultations.Topic;
import org.stationops.consultations.web.ConsultationForms.IntakeForm;
import org.stationops.shared.RuleViolationException;
import org.stationops.shared.web.FormErrors;
import org.stationops.shared.web.OfficerPrincipal;
import org.stationops.shared.web.Pages;
import org.stationops.stations.StationService;
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
 * The consultation log, the intake form and the monthly counts.
 */
@Controller
@RequestMapping("/consultations")
class ConsultationController {

	static final String WRITERS = "hasAnyRole('OFFICER','SUPERVISOR')";

	private final ConsultationService consultations;

	private final StationService stations;

	private final Clock clock;

	ConsultationController(ConsultationService consultations, StationService stations, Clock clock) {
		this.consultations = consultations;
		this.stations = stations;
		this.clock = clock;
	}

	@GetMapping
	String list(@AuthenticationPrincipal OfficerPrincipal me, @RequestParam(required = false) @Nullable Long station,
			@RequestParam(required = false) @Nullable Channel channel,
			@RequestParam(required = false) @Nullable Topic topic,
			@RequestParam(defaultValue = "false") boolean unanswered, @RequestParam(defaultValue = "0") int page,
			Model model) {
		model.addAttribute("station", station);
		model.addAttribute("channel", channel);
		model.addAttribute("topic", topic);
		model.addAttribute("unanswered", unanswered);
		choices(model, me);
		model.addAttribute("page",
				this.consultations.list(me.scope(), station, channel, topic, unanswered, Pages.of(page, 25)));
		return "consultations/list";
	}

	@GetMapping("/report")
	String report(@AuthenticationPrincipal OfficerPrincipal me, @RequestParam(required = false) @Nullable Long station,
			@RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") @Nullable YearMonth month,
			Model model) {
		YearMonth shown = (month != null) ? month : YearMonth.now(this.clock);
		model.addAttribute("station", station);
		model.addAttribute("month", shown);
		model.addAttribute("counts", this.consultations.monthlyCounts(me.scope(), station, shown));
		choices(model, me);
		return "consultations/report";
	}

	@GetMapping("/new")
	@PreAuthorize(WRITERS)
	String showCreateForm(@AuthenticationPrincipal OfficerPrincipal me, Model model) {
		model.addAttribute("form", IntakeForm.empty(me.stationId(), LocalDateTime.now(this.clock)));
		return form(model, me);
	}

	@PostMapping
	@PreAuthorize(WRITERS)
	String create(@AuthenticationPrincipal OfficerPrincipal me, @Valid @ModelAttribute("form") IntakeForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (result.getTarget() == null) {
			model.asMap().remove(BindingResult.MODEL_KEY_PREFIX + "form");
			model.addAttribute("form", IntakeForm.empty(me.stationId(), LocalDateTime.now(this.clock)));
			model.addAttribute("unreadableForm", true);
			return form(model, me);
		}
		Long stationId = (me.stationId() != null) ? me.stationId() : form.stationId();
		if (stationId == null) {
			result.rejectValue("stationId", "consultations.station.required");
		}
		if (result.hasErrors()) {
			return form(model, me);
		}
		try {
			Consultation created = this.consultations.register(me.scope(), Objects.requireNonNull(stationId),
					form.toDetails(), me.displayName());
			redirect.addFlashAttribute("message", "consultations.saved");
			return "redirect:/consultations/" + created.getId();
		}
		catch (RuleViolationException ex) {
			FormErrors.reject(result, ex);
			return form(model, me);
		}
	}

	private String form(Model model, OfficerPrincipal me) {
		choices(model, me);
		return "consultations/form";
	}

	private void choices(Model model, OfficerPrincipal me) {
		model.addAttribute("channels", Channel.values());
		model.addAttribute("topics", Topic.values());
		model.addAttribute("stations", this.stations.visibleStations(me.scope()));
	}

}
