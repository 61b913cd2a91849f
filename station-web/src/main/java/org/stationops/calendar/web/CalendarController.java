package org.stationops.calendar.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.stationops.calendar.CalendarDayKind;
import org.stationops.calendar.StatutoryHolidays;
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
import org.springframework.web.multipart.MultipartFile;
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
		if (!model.containsAttribute("noticeForm")) {
			model.addAttribute("noticeForm", new NoticeForm(shown, "", null, ""));
		}
		model.addAttribute("notice", this.calendar.notice(shown).orElse(null));
		model.addAttribute("statutory", StatutoryHolidays.of(shown));
		OptionalInt missing = this.calendar.missingNotice(LocalDate.now(this.clock));
		model.addAttribute("missingNotice", missing.isPresent() ? missing.getAsInt() : null);
		return "calendar/admin";
	}

	/**
	 * Enters a year's notice at once: one line per range, {@code from[,to],KIND,name}
	 * (the same lines as a CSV file, which may be uploaded instead).
	 */
	@PostMapping("/notice")
	String enterNotice(@Valid @ModelAttribute("noticeForm") NoticeForm form, BindingResult result,
			@RequestParam(required = false) @Nullable MultipartFile file, Model model, RedirectAttributes redirect)
			throws java.io.IOException {
		String lines = (file != null && !file.isEmpty())
				? new String(file.getBytes(), java.nio.charset.StandardCharsets.UTF_8) : form.lines();
		if (!result.hasErrors()) {
			try {
				List<WorkingCalendar.NoticeRange> ranges = NoticeLines.parse(Objects.requireNonNullElse(lines, ""));
				this.calendar.enterNotice(Objects.requireNonNull(form.year()),
						Objects.requireNonNull(form.title()).trim(), Objects.requireNonNull(form.publishedOn()),
						ranges);
				redirect.addFlashAttribute("message", "calendar.notice.saved");
				return "redirect:/admin/calendar?year=" + form.year();
			}
			catch (RuleViolationException ex) {
				FormErrors.reject(result, ex);
			}
		}
		model.addAttribute("noticeForm", form);
		return show(form.year(), model);
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

	record NoticeForm(
			@NotNull @jakarta.validation.constraints.Min(2000) @jakarta.validation.constraints.Max(2099) @Nullable Integer year,
			@NotBlank @Size(max = 200) @Nullable String title,
			@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate publishedOn,
			@Size(max = 20000) @Nullable String lines) {
	}

	record DayForm(@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate day,
			@NotNull @Nullable CalendarDayKind kind, @NotBlank @Size(max = 50) @Nullable String name) {
	}

}
