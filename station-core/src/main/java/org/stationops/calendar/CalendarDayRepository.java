package org.stationops.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Port for calendar days; station-persistence supplies the implementation.
 */
public interface CalendarDayRepository {

	CalendarDay save(CalendarDay day);

	Optional<CalendarDay> findById(Long id);

	Optional<CalendarDay> findByDay(LocalDate day);

	List<CalendarDay> findAllByOrderByDay();

	List<CalendarDay> findByDayBetweenOrderByDay(LocalDate from, LocalDate to);

	void delete(CalendarDay day);

}
