package org.stationops.calendar.persistence;

import org.stationops.calendar.CalendarDay;
import org.stationops.calendar.CalendarDayRepository;
import org.springframework.data.repository.Repository;

interface JpaCalendarDayRepository extends CalendarDayRepository, Repository<CalendarDay, Long> {

}
