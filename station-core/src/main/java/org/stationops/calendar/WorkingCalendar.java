package org.stationops.calendar;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.stationops.shared.RuleViolationException;
import org.stationops.shared.StationTime;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
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

	private final CalendarNoticeRepository notices;

	private final Clock clock;

	WorkingCalendar(CalendarDayRepository days, ApplicationEventPublisher events, CalendarNoticeRepository notices,
			Clock clock) {
		this.days = days;
		this.events = events;
		this.notices = notices;
		this.clock = clock;
	}

	@Override
	public boolean isWorkingDay(LocalDate day) {
		Map<LocalDate, CalendarDayKind> exception = this.days.findByDay(day)
			.map(d -> Map.of(d.getDay(), d.getKind()))
			.orElse(Map.of());
		return WorkingDays.of(exception, noticedYears()).isWorkingDay(day);
	}

	private volatile @Nullable Set<Integer> noticedYears;

	@Override
	public boolean isNoticed(int year) {
		return noticedYears().contains(year);
	}

	/**
	 * @return the years whose notice has been entered, cached until the calendar changes.
	 */
	public Set<Integer> noticedYears() {
		Set<Integer> years = this.noticedYears;
		if (years == null) {
			years = this.notices.findAllByOrderByYear()
				.stream()
				.map(CalendarNotice::getYear)
				.collect(Collectors.toUnmodifiableSet());
			this.noticedYears = years;
		}
		return years;
	}

	@org.springframework.context.event.EventListener
	void on(CalendarChanged event) {
		this.noticedYears = null;
	}

	/**
	 * @return the first year without a notice that a deadline running from {@code from}
	 * to {@code dueAt} reaches into, making it provisional; {@literal null} when none.
	 * Asked once per row of a case list while the page renders, so it joins a transaction
	 * when there is one and opens none otherwise (the noticed years are cached).
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public @Nullable Integer provisionalYear(Instant from, @Nullable Instant dueAt) {
		if (dueAt == null) {
			return null;
		}
		LocalDate start = from.atZone(StationTime.ZONE).toLocalDate();
		LocalDate last = dueAt.minusNanos(1).atZone(StationTime.ZONE).toLocalDate();
		if (last.isBefore(start)) {
			return null;
		}
		OptionalInt year = WorkingDays.of(Map.of(), noticedYears()).firstUnnoticedYear(start, last);
		return year.isPresent() ? year.getAsInt() : null;
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
		return WorkingDays.of(exceptions, noticedYears());
	}

	public List<CalendarNotice> notices() {
		return this.notices.findAllByOrderByYear();
	}

	public java.util.Optional<CalendarNotice> notice(int year) {
		return this.notices.findByYear(year);
	}

	/**
	 * @return the year whose notice an administrator should enter now: this year's if it
	 * is missing, and from 1 November next year's.
	 */
	public OptionalInt missingNotice(LocalDate today) {
		if (!isNoticed(today.getYear())) {
			return OptionalInt.of(today.getYear());
		}
		if (today.getMonth().compareTo(Month.NOVEMBER) >= 0 && !isNoticed(today.getYear() + 1)) {
			return OptionalInt.of(today.getYear() + 1);
		}
		return OptionalInt.empty();
	}

	/**
	 * Enters a year's notice as a whole: its holidays and make-up working days replace
	 * the days held for that year, the year stops being provisional, and the stored
	 * deadlines of open cases are recomputed ({@link CalendarChanged}).
	 * @param ranges the notice's holidays and make-up days, each a range of days of one
	 * kind.
	 */
	@Transactional
	public CalendarNotice enterNotice(int year, String title, LocalDate publishedOn, List<NoticeRange> ranges) {
		if (ranges.isEmpty()) {
			throw RuleViolationException.onField("lines", "calendar.notice.empty");
		}
		Map<LocalDate, CalendarDay> entered = new HashMap<>();
		for (NoticeRange range : ranges) {
			if (range.to().isBefore(range.from())) {
				throw RuleViolationException.onField("lines", "calendar.notice.rangeReversed", range.from().toString());
			}
			for (LocalDate d = range.from(); !d.isAfter(range.to()); d = d.plusDays(1)) {
				if (d.getYear() != year) {
					throw RuleViolationException.onField("lines", "calendar.notice.outsideYear", d.toString(), year);
				}
				if (range.kind() == CalendarDayKind.MAKEUP_WORKDAY && WorkingDays.of(Map.of()).isWorkingDay(d)) {
					throw RuleViolationException.onField("lines", "calendar.notice.makeupOnWeekday", d.toString());
				}
				if (entered.put(d, new CalendarDay(d, range.kind(), range.name())) != null) {
					throw RuleViolationException.onField("lines", "calendar.day.duplicate");
				}
			}
		}
		// kept days are updated in place, so no insert meets a row of the same day not
		// yet deleted
		for (CalendarDay held : year(year)) {
			CalendarDay replacement = entered.remove(held.getDay());
			if (replacement != null) {
				held.change(replacement.getKind(), replacement.getName());
			}
			else {
				this.days.delete(held);
			}
		}
		List<CalendarDay> added = new ArrayList<>(entered.values());
		added.sort(java.util.Comparator.comparing(CalendarDay::getDay));
		added.forEach(this.days::save);
		CalendarNotice notice = this.notices.findByYear(year).orElse(null);
		if (notice == null) {
			notice = new CalendarNotice(year, title, publishedOn, this.clock.instant());
		}
		else {
			notice.reenter(title, publishedOn, this.clock.instant());
		}
		CalendarNotice saved = this.notices.save(notice);
		this.events.publishEvent(new CalendarChanged());
		return saved;
	}

	/**
	 * One line of a notice: a day or a range of days, all holidays or all make-up days.
	 */
	public record NoticeRange(LocalDate from, LocalDate to, CalendarDayKind kind, String name) {
	}

	/**
	 * @return the statutory holiday named on {@code day} in a year without a notice.
	 */
	public @Nullable String statutoryHoliday(LocalDate day) {
		return StatutoryHolidays.of(day.getYear()).get(day);
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
