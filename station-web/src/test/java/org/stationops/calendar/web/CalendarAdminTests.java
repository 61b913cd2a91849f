package org.stationops.calendar.web;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.stationops.calendar.WorkingCalendar;
import org.stationops.shared.web.OfficerPrincipal;
import org.stationops.support.StationWebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

@StationWebTest
class CalendarAdminTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	WorkingCalendar calendar;

	OfficerPrincipal principal(String username) {
		return (OfficerPrincipal) this.users.loadUserByUsername(username);
	}

	@Test
	void showsTheSeeded2026Holidays() {
		assertThat(this.mvc.get().uri("/admin/calendar?year=2026").with(user(principal("admin")))).hasStatusOk()
			.bodyText()
			.contains("国庆节调休上班", "春节", "2026-10-10");
	}

	@Test
	void anAdministratorAddsAHolidayThatTheCalendarThenHonours() {
		LocalDate day = LocalDate.of(2031, 3, 12);
		assertThat(this.calendar.isWorkingDay(day)).isTrue();
		assertThat(this.mvc.post()
			.uri("/admin/calendar")
			.with(user(principal("admin")))
			.with(csrf())
			.param("day", day.toString())
			.param("kind", "HOLIDAY")
			.param("name", "测试假日")).hasStatus(HttpStatus.FOUND);
		assertThat(this.calendar.isWorkingDay(day)).isFalse();
		assertThat(this.mvc.post()
			.uri("/admin/calendar")
			.with(user(principal("admin")))
			.with(csrf())
			.param("day", day.toString())
			.param("kind", "HOLIDAY")
			.param("name", "再来一次")).hasStatusOk().bodyText().contains("该日期已在日历中", "再来一次");
	}

	@Test
	void onlyAdministratorsEditTheCalendar() {
		assertThat(this.mvc.get().uri("/admin/calendar").with(user(principal("ml.supervisor"))))
			.hasStatus(HttpStatus.FORBIDDEN);
	}

}
