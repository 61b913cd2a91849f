package org.stationops.cases.web;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.stationops.calendar.WorkingCalendar;
import org.stationops.cases.CaseFile;
import org.stationops.cases.CaseReviewService;
import org.stationops.cases.DeadlineEngine;
import org.stationops.cases.DeadlineStatus;
import org.stationops.shared.web.OfficerPrincipal;
import org.stationops.support.StationWebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard's case figures are counted in the database against the demo data and
 * cases inserted for the test (rolled back with the test's transaction): every overdue
 * case counts, however many; an officer counts only the cases they lead; the provisional
 * deadlines among them are those {@link WorkingCalendar#provisionalYear} names, in
 * station time.
 */
@StationWebTest
@Transactional
class CasesPanelTests {

	@Autowired
	CasesPanel panel;

	@Autowired
	CaseReviewService reviews;

	@Autowired
	WorkingCalendar calendar;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcTemplate jdbc;

	int inserted;

	OfficerPrincipal as(String username) {
		return (OfficerPrincipal) this.users.loadUserByUsername(username);
	}

	/** Inserts {@code count} open cases at the officer's station led by the officer. */
	void insertCases(OfficerPrincipal lead, int count, Instant acceptedAt, Instant deadlineAt) {
		this.jdbc.update(
				"insert into cases (station_id, case_number, title, kind, stage, lead_officer_id,"
						+ " accepted_at, clock_started_on, deadline_at, created_at)"
						+ " select ?, 'TEST-PANEL-' || ? || '-' || g, '测试案件', 'ADMINISTRATIVE', 'INVESTIGATING', ?, ?,"
						+ " cast(? as timestamptz)::date, ?, ? from generate_series(1, ?) g",
				lead.stationId(), this.inserted++, lead.officerId(), Timestamp.from(acceptedAt),
				Timestamp.from(acceptedAt), Timestamp.from(deadlineAt), Timestamp.from(acceptedAt), count);
	}

	long otherOfficerThan(OfficerPrincipal me) {
		return this.jdbc.queryForObject("select min(id) from officers where station_id = ? and id <> ?", Long.class,
				me.stationId(), me.officerId());
	}

	@Test
	void countsEveryOverdueCasePastTheFiveHundredItOnceRead() {
		OfficerPrincipal supervisor = as("ml.supervisor");
		Map<String, Object> before = this.panel.data(supervisor);
		Instant now = this.reviews.now();
		insertCases(supervisor, 600, now.minus(Duration.ofDays(40)), now.minus(Duration.ofDays(2)));
		insertCases(supervisor, 3, now.minus(Duration.ofDays(20)), now.plus(Duration.ofDays(1)));
		Map<String, Object> after = this.panel.data(supervisor);
		assertThat((long) after.get("overdue")).isEqualTo((long) before.get("overdue") + 600);
		assertThat((long) after.get("dueSoon")).isEqualTo((long) before.get("dueSoon") + 3);
	}

	@Test
	void anOfficerCountsOnlyTheCasesTheyLead() {
		OfficerPrincipal officer = as("ml.officer");
		Map<String, Object> before = this.panel.data(officer);
		Instant now = this.reviews.now();
		insertCases(officer, 2, now.minus(Duration.ofDays(40)), now.minus(Duration.ofDays(2)));
		this.jdbc.update(
				"insert into cases (station_id, case_number, title, kind, stage, lead_officer_id,"
						+ " accepted_at, deadline_at, created_at) select ?, 'TEST-PANEL-OTHER-' || g, '他人案件',"
						+ " 'ADMINISTRATIVE', 'INVESTIGATING', ?, ?, ?, ? from generate_series(1, 700) g",
				officer.stationId(), otherOfficerThan(officer), Timestamp.from(now.minus(Duration.ofDays(40))),
				Timestamp.from(now.minus(Duration.ofDays(2))), Timestamp.from(now.minus(Duration.ofDays(40))));
		Map<String, Object> after = this.panel.data(officer);
		assertThat(after).containsEntry("mine", true);
		assertThat((long) after.get("overdue")).isEqualTo((long) before.get("overdue") + 2);
		assertThat((long) after.get("dueSoon")).isEqualTo(before.get("dueSoon"));
		// the station's figure has all of them
		assertThat(this.reviews.dueFigures(officer.scope(), null, this.calendar.noticedYears()).overdue())
			.isGreaterThanOrEqualTo(702);
	}

	@Test
	void marksTheDeadlinesReachingIntoAYearWithoutNoticeAsTheCalendarDoes() {
		OfficerPrincipal supervisor = as("ml.supervisor");
		Instant now = this.reviews.now();
		// station-local dates: accepted 1 January 2001 at 00:30 in Shanghai (still 2000
		// in UTC)
		insertCases(supervisor, 1, Instant.parse("2000-12-31T16:30:00Z"), Instant.parse("2001-01-05T00:00:00Z"));
		// due at midnight of 1 January 2002 in Shanghai: its last day is 31 December 2001
		insertCases(supervisor, 1, Instant.parse("2001-12-20T00:00:00Z"), Instant.parse("2001-12-31T16:00:00Z"));
		// due before the day it was accepted: no day to count, never provisional
		insertCases(supervisor, 1, Instant.parse("2003-05-02T00:00:00Z"), Instant.parse("2003-05-01T00:00:00Z"));
		// due soon, accepted more than a year ago
		insertCases(supervisor, 1, now.minus(Duration.ofDays(400)), now.plus(Duration.ofDays(1)));
		for (int i = 0; i < 10; i++) {
			insertCases(supervisor, 1, Instant.parse("2004-03-01T00:00:00Z").plus(Duration.ofDays(i)),
					Instant.parse("2004-04-01T00:00:00Z").plus(Duration.ofDays(i)));
		}

		Map<String, Object> data = this.panel.data(supervisor);

		// what the panel computed in Java, case by case, before it counted in SQL
		long overdue = 0;
		long dueSoon = 0;
		long provisional = 0;
		Integer provisionalYear = null;
		List<CaseFile> toConfirm = new ArrayList<>();
		List<CaseFile> due = new ArrayList<>(this.reviews.dueSoonOrOverdue(supervisor.scope()));
		assertThat(due).hasSizeLessThan(500);
		due.sort(Comparator.comparing(CaseFile::getDeadlineAt).thenComparing(CaseFile::getId));
		for (CaseFile c : due) {
			Integer year = this.calendar.provisionalYear(c.getAcceptedAt(), c.getDeadlineAt());
			if (year != null) {
				provisional++;
				provisionalYear = (provisionalYear == null) ? year : Math.min(provisionalYear, year);
				if (toConfirm.size() < CasesPanel.SHOWN) {
					toConfirm.add(c);
				}
			}
			if (DeadlineEngine.status(c.getDeadlineAt(), now) == DeadlineStatus.OVERDUE) {
				overdue++;
			}
			else {
				dueSoon++;
			}
		}
		assertThat(provisional).as("the inserted cases make some provisional").isGreaterThanOrEqualTo(12);
		assertThat(data).containsEntry("overdue", overdue)
			.containsEntry("dueSoon", dueSoon)
			.containsEntry("provisional", provisional)
			.containsEntry("provisionalYear", provisionalYear);
		@SuppressWarnings("unchecked")
		List<CaseFile> shown = (List<CaseFile>) data.get("toConfirm");
		assertThat(shown).extracting(CaseFile::getId)
			.containsExactlyElementsOf(toConfirm.stream().map(CaseFile::getId).toList());
	}

}
