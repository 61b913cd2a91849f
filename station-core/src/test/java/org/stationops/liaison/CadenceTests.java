package org.stationops.liaison;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CadenceTests {

	static final LocalDate OPENED = LocalDate.of(2026, 1, 1);

	@Test
	void countsFromTheDayTheFileWasOpenedUntilTheFirstContact() {
		assertThat(Cadence.nextDue(OPENED, null, null, 14, 30)).isEqualTo(LocalDate.of(2026, 1, 15));
	}

	@Test
	void aVisitResetsBothClocksAndTheEarlierOneIsDue() {
		LocalDate visit = LocalDate.of(2026, 2, 1);
		assertThat(Cadence.nextDue(OPENED, visit, visit, 14, 30)).isEqualTo(LocalDate.of(2026, 2, 15));
		assertThat(Cadence.nextDue(OPENED, visit, visit, 40, 30)).isEqualTo(LocalDate.of(2026, 3, 3));
	}

	@Test
	void aContactMovesOnlyTheContactClock() {
		LocalDate visit = LocalDate.of(2026, 2, 1);
		LocalDate call = LocalDate.of(2026, 2, 25);
		assertThat(Cadence.nextDue(OPENED, call, visit, 14, 30)).isEqualTo(LocalDate.of(2026, 3, 3));
	}

	@Test
	void statesFollowTheDueDate() {
		LocalDate today = LocalDate.of(2026, 3, 10);
		assertThat(Cadence.state(today.minusDays(1), today)).isEqualTo(DueState.OVERDUE);
		assertThat(Cadence.state(today, today)).isEqualTo(DueState.DUE);
		assertThat(Cadence.state(today.plusDays(2), today)).isEqualTo(DueState.DUE);
		assertThat(Cadence.state(today.plusDays(3), today)).isEqualTo(DueState.DUE_SOON);
		assertThat(Cadence.state(today.plusDays(7), today)).isEqualTo(DueState.DUE_SOON);
		assertThat(Cadence.state(today.plusDays(8), today)).isEqualTo(DueState.OK);
	}

	@Test
	void loggingAVisitMovesTheEnterprisesNextDueDate() {
		Enterprise enterprise = new Enterprise(1L, OPENED);
		enterprise.apply(EnterpriseDetails.minimal(EnterpriseKind.COMPANY, "A", "914403001922038216"), false, 14, 30);
		assertThat(enterprise.getNextDueOn()).isEqualTo(LocalDate.of(2026, 1, 15));
		enterprise.recordContact(VisitMode.VISIT, LocalDate.of(2026, 3, 1));
		assertThat(enterprise.getNextDueOn()).isEqualTo(LocalDate.of(2026, 3, 15));
		enterprise.recordContact(VisitMode.VISIT, LocalDate.of(2026, 2, 1));
		assertThat(enterprise.getNextDueOn()).as("an older visit logged late does not move it back")
			.isEqualTo(LocalDate.of(2026, 3, 15));
	}

	@Test
	void flagsLeasesShorterThanTwelveMonths() {
		assertThat(EnterpriseDetails.isShortLease(OPENED, OPENED.plusMonths(11))).isTrue();
		assertThat(EnterpriseDetails.isShortLease(OPENED, OPENED.plusMonths(12))).isFalse();
		assertThat(EnterpriseDetails.isShortLease(null, OPENED)).isFalse();
	}

}
