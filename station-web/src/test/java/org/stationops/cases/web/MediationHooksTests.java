package org.stationops.cases.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.stationops.cases.CaseActor;
import org.stationops.cases.CaseDetails;
import org.stationops.cases.CaseFile;
import org.stationops.cases.CaseKind;
import org.stationops.cases.CaseReviewService;
import org.stationops.cases.CaseService;
import org.stationops.cases.Decision;
import org.stationops.cases.DecisionFacts;
import org.stationops.cases.CaseStage;
import org.stationops.cases.DeadlineEngine;
import org.stationops.cases.DeadlineStatus;
import org.stationops.cases.FilingTrack;
import org.stationops.calendar.WorkingCalendar;
import org.stationops.officers.OfficerService;
import org.stationops.shared.RuleViolationException;
import org.stationops.shared.Scope;
import org.stationops.stations.StationService;
import org.stationops.support.StationWebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The public hooks police mediation (issue 4) uses, and the persistence rules behind
 * them, against the real database.
 */
@StationWebTest
class MediationHooksTests {

	@Autowired
	CaseService cases;

	@Autowired
	CaseReviewService reviews;

	@Autowired
	StationService stations;

	@Autowired
	OfficerService officers;

	@Autowired
	WorkingCalendar calendar;

	@Autowired
	JdbcTemplate jdbc;

	private CaseFile filedAdministrativeCase(String filedAt) {
		Long station = this.stations.getByCode("ML").getId();
		Long officer = this.officers.findByUsername("ml.officer").orElseThrow().getId();
		var at = LocalDateTime.parse(filedAt).atZone(DeadlineEngine.ZONE).toInstant();
		CaseDetails details = new CaseDetails("调解-" + UUID.randomUUID(), CaseKind.ADMINISTRATIVE,
				"PUBLIC_ORDER.DISPUTE", "", officer, "", at, false, FilingTrack.STANDARD, BigDecimal.ZERO,
				BigDecimal.ZERO);
		Scope scope = Scope.station(station);
		CaseFile caseFile = this.cases.open(scope, station, details, CaseActor.system(), null, null);
		CaseActor lead = new CaseActor(officer, "民警");
		CaseActor supervisor = new CaseActor(this.officers.findByUsername("ml.supervisor").orElseThrow().getId(), "所长");
		this.reviews.takeOver(scope, caseFile.getId(), Decision.FILING, DecisionFacts.of(""), lead, supervisor, at);
		return this.cases.get(scope, caseFile.getId());
	}

	@Test
	void theClockStandsDuringMediationAndRestartsOnTheDayItFails() {
		CaseFile caseFile = filedAdministrativeCase("2026-11-02T10:00");
		Scope scope = Scope.station(caseFile.getStationId());
		assertThat(caseFile.getDeadlineAt()).isEqualTo(endOf("2026-12-02"));
		CaseFile mediating = this.cases.mediationStarted(scope, caseFile.getId(), LocalDate.of(2026, 11, 5));
		assertThat(mediating.getDeadlineAt()).isNull();
		assertThat(mediating.deadlineStatus(java.time.Instant.now())).isEqualTo(DeadlineStatus.PAUSED);
		CaseFile failed = this.cases.mediationFailed(scope, caseFile.getId(), LocalDate.of(2026, 11, 12));
		assertThat(failed.getClockStartedOn()).isEqualTo(LocalDate.of(2026, 11, 12));
		assertThat(failed.getDeadlineAt()).isEqualTo(endOf("2026-12-14"));
	}

	@Test
	void closesWithoutPunishmentAfterAPerformedAgreement() {
		CaseFile caseFile = filedAdministrativeCase("2026-11-10T10:00");
		Scope scope = Scope.station(caseFile.getStationId());
		this.cases.mediationStarted(scope, caseFile.getId(), LocalDate.of(2026, 11, 11));
		CaseFile closed = this.cases.closeAfterMediation(scope, caseFile.getId(), LocalDate.of(2026, 11, 20),
				"梅调字〔2026〕第7号", CaseActor.system());
		assertThat(closed.getStage()).isEqualTo(CaseStage.CLOSED);
		assertThat(closed.getDeadlineAt()).isNull();
		assertThatThrownBy(() -> this.cases.mediationFailed(scope, caseFile.getId(), LocalDate.of(2026, 11, 21)))
			.isInstanceOf(RuleViolationException.class);
	}

	@Test
	void theCalendarAnswersWorkingDaysFromItsData() {
		assertThat(this.calendar.isWorkingDay(LocalDate.of(2026, 10, 10))).isTrue();
		assertThat(this.calendar.isWorkingDay(LocalDate.of(2026, 10, 5))).isFalse();
		assertThat(this.calendar.addWorkingDays(LocalDate.of(2026, 9, 30), 7)).isEqualTo(LocalDate.of(2026, 10, 15));
	}

	@Test
	void theTimelineIsAppendOnly() {
		CaseFile caseFile = filedAdministrativeCase("2026-11-03T10:00");
		assertThatThrownBy(
				() -> this.jdbc.update("update case_events set detail = 'x' where case_id = ?", caseFile.getId()))
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> this.jdbc.update("delete from case_events where case_id = ?", caseFile.getId()))
			.hasMessageContaining("append-only");
	}

	private static java.time.Instant endOf(@Nullable String day) {
		return LocalDate.parse(day).plusDays(1).atStartOfDay(DeadlineEngine.ZONE).toInstant();
	}

}
