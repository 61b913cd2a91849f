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

	@Test
	void anAdministratorEntersAWholeNoticeAndTheYearStopsBeingProvisional() {
		assertThat(this.calendar.isNoticed(2035)).isFalse();
		// 2035-02-07 is 除夕 (statutory) and a Wednesday: rests even without a notice
		assertThat(this.calendar.isWorkingDay(LocalDate.of(2035, 2, 7))).isFalse();
		assertThat(this.mvc.post()
			.uri("/admin/calendar/notice")
			.with(user(principal("admin")))
			.with(csrf())
			.param("year", "2035")
			.param("title", "国务院办公厅关于2035年部分节假日安排的通知（测试）")
			.param("publishedOn", "2034-11-10")
			.param("lines", """
					from,to,kind,name
					2035-01-01,,HOLIDAY,元旦
					2035-02-07,2035-02-13,HOLIDAY,春节
					2035-02-17,,MAKEUP_WORKDAY,春节调休上班
					""")).hasStatus(HttpStatus.FOUND);
		assertThat(this.calendar.isNoticed(2035)).isTrue();
		assertThat(this.calendar.isWorkingDay(LocalDate.of(2035, 2, 17))).isTrue();
		assertThat(this.calendar.isWorkingDay(LocalDate.of(2035, 2, 13))).isFalse();
		// 清明 2035 is not in this (test) notice: the notice replaces the computed holidays
		assertThat(this.calendar.isWorkingDay(LocalDate.of(2035, 4, 5))).isTrue();
	}

	@Test
	void refusesAMakeUpDayOnAWeekdayKeepingTheLines() {
		assertThat(this.mvc.post()
			.uri("/admin/calendar/notice")
			.with(user(principal("admin")))
			.with(csrf())
			.param("year", "2036")
			.param("title", "测试通知")
			.param("publishedOn", "2035-11-10")
			.param("lines", "2036-01-02,,MAKEUP_WORKDAY,调休上班")).hasStatusOk()
			.bodyText()
			.contains("是工作日，不能作为调休上班日", "2036-01-02,,MAKEUP_WORKDAY");
		assertThat(this.calendar.isNoticed(2036)).isFalse();
	}

	@Test
	void warnsFromFirstNovemberThatNextYearsNoticeIsMissing() {
		assertThat(this.calendar.missingNotice(LocalDate.of(2026, 10, 31))).isEmpty();
		assertThat(this.calendar.missingNotice(LocalDate.of(2026, 11, 1))).hasValue(2027);
		assertThat(this.calendar.missingNotice(LocalDate.of(2029, 3, 1))).hasValue(2029);
	}

	@Test
	void showsTheStatutoryHolidaysOfAYearWithoutANotice() {
		assertThat(this.mvc.get().uri("/admin/calendar?year=2037").with(user(principal("admin")))).hasStatusOk()
			.bodyText()
			.contains("2037年放假安排通知尚未录入", "2037-02-14 春节");
	}

	@Test
	void marksADeadlineReachingIntoAYearWithoutANoticeProvisional() {
		java.time.Instant accepted = java.time.OffsetDateTime.parse("2026-12-01T09:00+08:00").toInstant();
		assertThat(this.calendar.provisionalYear(accepted,
				java.time.OffsetDateTime.parse("2027-01-05T00:00+08:00").toInstant()))
			.isEqualTo(2027);
		assertThat(this.calendar.provisionalYear(accepted,
				java.time.OffsetDateTime.parse("2027-01-01T00:00+08:00").toInstant()))
			.isNull();
	}

}
