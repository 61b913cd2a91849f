package org.stationops.cases.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.stationops.calendar.WorkingCalendar;
import org.stationops.cases.DeadlineCalculator;
import org.stationops.cases.DeadlineEngine;
import org.stationops.cases.StatutoryClock;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/deadlines}: the deadline calculator as JSON, HTTP Basic like the
 * incident API; errors as RFC 9457 problem details ({@link DeadlineApiErrors}), 422 for
 * facts the governing law does not allow.
 */
@RestController
class DeadlineApiController {

	static final String CALCULATORS = "hasAnyRole('SUPERVISOR','BUREAU_SUPERVISOR')";

	private final WorkingCalendar calendar;

	private final MessageSource messages;

	DeadlineApiController(WorkingCalendar calendar, MessageSource messages) {
		this.calendar = calendar;
		this.messages = messages;
	}

	@PostMapping(path = "/api/v1/deadlines", consumes = "application/json")
	@PreAuthorize(CALCULATORS)
	DeadlineResponse calculate(@Valid @RequestBody DeadlineRequest request) {
		DeadlineCalculator.Answer answer = calculator(this.calendar).calculate(request.query());
		List<String> steps = answer.steps()
			.stream()
			.map(step -> this.messages.getMessage(step, LocaleContextHolder.getLocale()))
			.toList();
		return new DeadlineResponse(answer.clock(), answer.law().label(), answer.lastDay(),
				answer.dueAt().atOffset(DeadlineCalculator.OFFSET), answer.provisional(), steps);
	}

	static DeadlineCalculator calculator(WorkingCalendar calendar) {
		return new DeadlineCalculator(new DeadlineEngine(calendar.snapshot()));
	}

	record DeadlineResponse(StatutoryClock clock, String law, @Nullable LocalDate lastDay, OffsetDateTime dueAt,
			boolean provisional, List<String> steps) {
	}

}
