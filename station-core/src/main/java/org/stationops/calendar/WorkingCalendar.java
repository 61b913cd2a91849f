package org.stationops.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.stationops.shared.RuleViolationException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The working-day calendar as a service: the public API other features (cases, mediation)
 * use for time limits counted in working days.
 */
@Service
@Transactional(readOnly = true)
public class WorkingCalendar implements WorkingDays {

	private final CalendarDayRepository days;

	private final ApplicationEventPublisher events;

	WorkingCalendar(CalendarDayRepository days, ApplicationEventPublisher events) {
		this.days = days;
		this.events = events;
	}

	@Override
	public boolean isWorkingDay(LocalDate day) {
		return WorkingDays.of(this.days.findByDay(day).map(d -> Map.of(d.getDay(), d.getKind())).orElse(Map.of()))
			.isWorkingDay(day);
	}

	@Override
	public LocalDate addWorkingDays(LocalDate start, int days) {
		return snapshot().addWorkingDays(start, days);
	}

	@Override
	public LocalDate rollToWorkingDay(LocalDate day) {
		return snapshot().rollToWorkingDay(day);
	}

	/**
	 * @return an in-memory copy of the calendar, for computing many deadlines at once.
	 */
	public WorkingDays snapshot() {
		Map<LocalDate, CalendarDayKind> exceptions = this.days.findAllByOrderByDay()
			.stream()
			.collect(Collectors.toMap(CalendarDay::getDay, CalendarDay::getKind));
		return WorkingDays.of(exceptions);
	}

	public List<CalendarDay> year(int year) {
		return this.days.findByDayBetweenOrderByDay(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
	}

	@Transactional
	public CalendarDay add(LocalDate day, CalendarDayKind kind, String name) {
		if (this.days.findByDay(day).isPresent()) {
			throw RuleViolationException.onField("day", "calendar.day.duplicate");
		}
		CalendarDay saved = this.days.save(new CalendarDay(day, kind, name));
		this.events.publishEvent(new CalendarChanged());
		return saved;
	}

	@Transactional
	public void remove(Long id) {
		this.days.findById(id).ifPresent(day -> {
			this.days.delete(day);
			this.events.publishEvent(new CalendarChanged());
		});
	}

}
