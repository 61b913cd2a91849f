package org.stationops.cases.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.stationops.calendar.WorkingCalendar;
import org.stationops.cases.CaseFile;
import org.stationops.cases.CaseReviewService;
import org.stationops.cases.CaseService;
import org.stationops.shared.Scope;
import org.stationops.shared.web.OfficerPrincipal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/**
 * The dashboard's case figures say how many of the deadlines they count are provisional.
 */
class CasesPanelTests {

	static final Instant NOW = Instant.parse("2026-12-29T02:00:00Z");

	final CaseReviewService reviews = mock(CaseReviewService.class);

	final CaseService cases = mock(CaseService.class);

	final WorkingCalendar calendar = mock(WorkingCalendar.class);

	final OfficerPrincipal supervisor = new OfficerPrincipal(1L, "sup", "所长", 1L, Set.of("SUPERVISOR"), true, "zh-CN",
			"");

	CaseFile caseDue(Instant acceptedAt, Instant dueAt) {
		CaseFile c = mock(CaseFile.class);
		given(c.getLeadOfficerId()).willReturn(7L);
		given(c.getAcceptedAt()).willReturn(acceptedAt);
		given(c.getDeadlineAt()).willReturn(dueAt);
		return c;
	}

	@Test
	void countsTheProvisionalDeadlinesAmongThoseDueSoonOrOverdue() {
		CaseFile intoNextYear = caseDue(NOW, Instant.parse("2027-01-01T16:00:00Z"));
		CaseFile thisYear = caseDue(NOW, NOW.plusSeconds(3600));
		given(this.reviews.now()).willReturn(NOW);
		given(this.reviews.dueSoonOrOverdue(any(Scope.class))).willReturn(List.of(intoNextYear, thisYear));
		given(this.reviews.openByStage(any(Scope.class))).willReturn(Map.of());
		given(this.reviews.queue(any(Scope.class))).willReturn(List.of());
		given(this.calendar.provisionalYear(NOW, Instant.parse("2027-01-01T16:00:00Z"))).willReturn(2027);
		given(this.calendar.provisionalYear(NOW, NOW.plusSeconds(3600))).willReturn(null);
		Map<String, Object> data = new CasesPanel(this.reviews, this.cases, this.calendar).data(this.supervisor);
		assertThat(data).containsEntry("dueSoon", 2L)
			.containsEntry("provisional", 1L)
			.containsEntry("provisionalYear", 2027);
	}

	@Test
	void showsNoProvisionalMarkWhenEveryYearHasItsNotice() {
		CaseFile due = caseDue(NOW, NOW.plusSeconds(60));
		given(this.reviews.now()).willReturn(NOW);
		given(this.reviews.dueSoonOrOverdue(any(Scope.class))).willReturn(List.of(due));
		given(this.calendar.provisionalYear(NOW, NOW.plusSeconds(60))).willReturn(null);
		given(this.reviews.openByStage(any(Scope.class))).willReturn(Map.of());
		given(this.reviews.queue(any(Scope.class))).willReturn(List.of());
		Map<String, Object> data = new CasesPanel(this.reviews, this.cases, this.calendar).data(this.supervisor);
		assertThat(data).containsEntry("provisional", 0L).doesNotContainKey("provisionalYear");
	}

}
