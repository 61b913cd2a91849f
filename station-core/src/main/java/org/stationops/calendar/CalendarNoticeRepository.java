package org.stationops.calendar;

import java.util.List;
import java.util.Optional;

/**
 * Port for the entered notices; station-persistence supplies the implementation.
 */
public interface CalendarNoticeRepository {

	CalendarNotice save(CalendarNotice notice);

	Optional<CalendarNotice> findByYear(int year);

	List<CalendarNotice> findAllByOrderByYear();

}
