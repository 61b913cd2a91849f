package org.stationops.cases.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.stationops.cases.CaseActor;
import org.stationops.cases.CaseDetails;
import org.stationops.cases.CaseFile;
import org.stationops.cases.CaseFilter;
import org.stationops.cases.CaseKind;
import org.stationops.cases.CaseReviewService;
import org.stationops.cases.CaseService;
import org.stationops.cases.Decision;
import org.stationops.cases.DecisionFacts;
import org.stationops.cases.CaseStage;
import org.stationops.cases.DeadlineEngine;
import org.stationops.cases.FilingTrack;
import org.stationops.officers.Officer;
import org.stationops.officers.OfficerService;
import org.stationops.shared.Scope;
import org.stationops.stations.StationService;
import org.stationops.support.StationWebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The case list's filters and paging against the real database.
 */
@StationWebTest
class CaseListTests {

	@Autowired
	CaseService cases;

	@Autowired
	CaseReviewService reviews;

	@Autowired
	StationService stations;

	@Autowired
	OfficerService officers;

	@Test
	void filtersByDateKindStageOfficerAndTextAndPagesNewestFirst() {
		Long station = this.stations.getByCode("ML").getId();
		Scope scope = Scope.station(station);
		Officer zhang = this.officers.findByUsername("ml.officer").orElseThrow();
		Officer chen = this.officers.findByUsername("ml.duty").orElseThrow();
		String tag = "筛选" + UUID.randomUUID().toString().substring(0, 6);
		CaseFile older = open(scope, station, tag + "甲", CaseKind.CRIMINAL, zhang, "2026-03-02T10:00");
		CaseFile newer = open(scope, station, tag + "乙", CaseKind.ADMINISTRATIVE, chen, "2026-03-05T10:00");
		this.reviews.takeOver(scope, newer.getId(), Decision.FILING, DecisionFacts.of(""),
				new CaseActor(chen.getId(), "民警"),
				new CaseActor(this.officers.findByUsername("ml.supervisor").orElseThrow().getId(), "所长"),
				newer.getAcceptedAt());

		assertThat(titles(scope, new CaseFilter(null, null, null, null, null, tag))).containsExactly(tag + "乙",
				tag + "甲");
		assertThat(titles(scope, new CaseFilter(null, null, CaseKind.CRIMINAL, null, null, tag)))
			.containsExactly(tag + "甲");
		assertThat(titles(scope, new CaseFilter(null, null, null, CaseStage.FILED, null, tag)))
			.containsExactly(tag + "乙");
		assertThat(titles(scope, new CaseFilter(null, null, null, null, zhang.getId(), tag)))
			.containsExactly(tag + "甲");
		assertThat(titles(scope,
				new CaseFilter(LocalDate.of(2026, 3, 3), LocalDate.of(2026, 3, 5), null, null, null, tag)))
			.containsExactly(tag + "乙");
		assertThat(titles(scope, new CaseFilter(null, null, null, null, null, older.getCaseNumber())))
			.contains(tag + "甲");
		Page<CaseFile> first = this.cases.list(scope, new CaseFilter(null, null, null, null, null, tag),
				PageRequest.of(0, 1));
		assertThat(first.getTotalPages()).isEqualTo(2);
		assertThat(first.getContent().get(0).getTitle()).isEqualTo(tag + "乙");
		assertThat(titles(Scope.station(this.stations.getByCode("DS").getId()),
				new CaseFilter(null, null, null, null, null, tag)))
			.isEmpty();
	}

	private CaseFile open(Scope scope, Long station, String title, CaseKind kind, Officer lead, String at) {
		CaseDetails details = new CaseDetails(title, kind, null, "", lead.getId(), "",
				LocalDateTime.parse(at).atZone(DeadlineEngine.ZONE).toInstant(), false, FilingTrack.STANDARD,
				BigDecimal.ZERO, BigDecimal.ZERO);
		return this.cases.open(scope, station, details, CaseActor.system(), null, null);
	}

	private java.util.List<String> titles(Scope scope, CaseFilter filter) {
		return this.cases.list(scope, filter, PageRequest.of(0, 20)).map(CaseFile::getTitle).getContent();
	}

}
