package org.stationops.cases.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.stationops.calendar.WorkingCalendar;
import org.stationops.cases.DeadlineCalculator;
import org.stationops.cases.DeadlineEngine;
import org.stationops.cases.FilingTrack;
import org.stationops.cases.PauseReason;
import org.stationops.cases.QuestioningGround;
import org.stationops.cases.StatutoryClock;
import org.stationops.shared.RuleViolationException;
import org.stationops.shared.StationTime;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The deadline calculator page (法定期限计算器) for supervisors and legal officers: the facts
 * in, the deadline out with each step explained, by the same engine the cases use.
 */
@Controller
@RequestMapping("/deadlines")
@PreAuthorize(DeadlineApiController.CALCULATORS)
class DeadlineController {

	private final WorkingCalendar calendar;

	DeadlineController(WorkingCalendar calendar) {
		this.calendar = calendar;
	}

	@GetMapping
	String form(Model model) {
		model.addAttribute("form", new CalculatorForm(StatutoryClock.CASE_TIME_LIMIT, null, null, false,
				FilingTrack.STANDARD, 0, null, null, null, null, null, null, null, QuestioningGround.NORMAL));
		return show(model);
	}

	@PostMapping
	String calculate(@Valid @ModelAttribute("form") CalculatorForm form, BindingResult result, Model model) {
		if (!result.hasErrors()) {
			try {
				model.addAttribute("answer", DeadlineApiController.calculator(this.calendar).calculate(form.query()));
			}
			catch (RuleViolationException ex) {
				result.reject(ex.getCode(), ex.getArguments(), ex.getCode());
			}
		}
		return show(model);
	}

	private String show(Model model) {
		model.addAttribute("clocks", StatutoryClock.values());
		model.addAttribute("tracks", FilingTrack.values());
		model.addAttribute("reasons", PauseReason.values());
		model.addAttribute("grounds", QuestioningGround.values());
		return "cases/deadlines";
	}

	record CalculatorForm(@NotNull @Nullable StatutoryClock clock,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable LocalDateTime acceptedAt,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate filedOn, boolean complex,
			@Nullable FilingTrack track, @Min(0) @Max(9) @Nullable Integer extensions,
			@Nullable PauseReason pauseReason,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate pauseFrom,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate pauseTo,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate mediationFailedOn,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate firstSessionOn,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate agreementEffectiveOn,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable LocalDateTime arrivedAt,
			@Nullable QuestioningGround ground) {

		DeadlineCalculator.Query query() {
			List<DeadlineEngine.Pause> pauses = new ArrayList<>();
			if (this.pauseReason != null && this.pauseFrom != null) {
				pauses.add(new DeadlineEngine.Pause(this.pauseReason, this.pauseFrom, this.pauseTo));
			}
			return new DeadlineCalculator.Query(java.util.Objects.requireNonNull(this.clock),
					(this.acceptedAt != null) ? this.acceptedAt.atZone(StationTime.ZONE).toInstant() : null,
					this.filedOn, this.complex, this.track, (this.extensions != null) ? this.extensions : 0, pauses,
					this.mediationFailedOn, this.firstSessionOn, this.agreementEffectiveOn,
					(this.arrivedAt != null) ? this.arrivedAt.atZone(StationTime.ZONE).toInstant() : null, this.ground);
		}

	}

}
