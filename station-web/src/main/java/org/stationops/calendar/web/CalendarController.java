package org.stationops.calendar.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.stationops.calendar.CalendarDayKind;
import org.stationops.calendar.WorkingCalendar;
import org.stationops.shared.RuleViolationException;
import org.stationops.shared.web.FormErrors;
import org.springframework.format.annotation.DateTimeFormat;
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
 * Holidays and make-up working days, per year. /admin/** is for administrators only
 * (SecurityConfiguration).
 */
@Controller
@RequestMapping("/admin/calendar")
class CalendarController {

	private final WorkingCalendar calendar;

	private final Clock clock;

	CalendarController(WorkingCalendar calendar, Clock clock) {
		this.calendar = calendar;
		this.clock = clock;
	}

	@GetMapping
	String show(@RequestParam(required = false) @Nullable Integer year, Model model) {
		int shown = (year != null && year > 1999 && year < 2100) ? year : LocalDate.now(this.clock).getYear();
		model.addAttribute("year", shown);
		model.addAttribute("days", this.calendar.year(shown));
		model.addAttribute("kinds", CalendarDayKind.values());
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new DayForm(null, CalendarDayKind.HOLIDAY, ""));
		}
		return "calendar/admin";
	}

	@PostMapping
	String add(@Valid @ModelAttribute("form") DayForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.calendar.add(Objects.requireNonNull(form.day()), Objects.requireNonNull(form.kind()),
						Objects.requireNonNull(form.name()).trim());
				redirect.addFlashAttribute("message", "calendar.saved");
				return "redirect:/admin/calendar?year=" + form.day().getYear();
			}
			catch (RuleViolationException ex) {
				FormErrors.reject(result, ex);
			}
		}
		return show((form.day() != null) ? form.day().getYear() : null, model);
	}

	@PostMapping("/{id}/delete")
	String remove(@PathVariable Long id, @RequestParam(required = false) @Nullable Integer year,
			RedirectAttributes redirect) {
		this.calendar.remove(id);
		redirect.addFlashAttribute("message", "calendar.removed");
		return "redirect:/admin/calendar" + ((year != null) ? "?year=" + year : "");
	}

	record DayForm(@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate day,
			@NotNull @Nullable CalendarDayKind kind, @NotBlank @Size(max = 50) @Nullable String name) {
	}

}
