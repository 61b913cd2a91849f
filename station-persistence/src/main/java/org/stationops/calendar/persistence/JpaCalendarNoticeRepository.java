package org.stationops.calendar.persistence;

import org.stationops.calendar.CalendarNotice;
import org.stationops.calendar.CalendarNoticeRepository;
import org.springframework.data.repository.Repository;

interface JpaCalendarNoticeRepository extends CalendarNoticeRepository, Repository<CalendarNotice, Long> {

}
