package org.stationops.cases.persistence;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.stationops.audit.AuditService;
import org.stationops.calendar.WorkingCalendar;
import org.stationops.cases.CaseActor;
import org.stationops.cases.CaseDetails;
import org.stationops.cases.CaseFile;
import org.stationops.cases.CaseFilter;
import org.stationops.cases.CaseKind;
import org.stationops.cases.CaseReview;
import org.stationops.cases.CaseReviewService;
import org.stationops.cases.CaseService;
import org.stationops.cases.CaseStage;
import org.stationops.cases.Decision;
import org.stationops.cases.FilingTrack;
import org.stationops.officers.Officer;
import org.stationops.officers.OfficerDetails;
import org.stationops.officers.OfficerService;
import org.stationops.officers.Role;
import org.stationops.shared.Scope;
import org.stationops.shared.NumberSeries;
import org.stationops.stations.Station;
import org.stationops.stations.StationProfile;
import org.stationops.stations.StationService;
import org.stationops.stations.StationStaff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Migrations, mappings and the case queries against PostgreSQL: stored deadlines, the due
 * list, the review queue and first-pass counts.
 */
@DataJpaTest
@Import(JpaCaseQueriesTests.Services.class)
class JpaCaseQueriesTests {

	static final Instant NOW = Instant.parse("2026-11-25T02:00:00Z");

	@Autowired
	CaseService cases;

	@Autowired
	CaseReviewService reviews;

	@Autowired
	StationService stations;

	@Autowired
	OfficerService officers;

	Station station;

	Officer officer;

	Officer supervisor;

	@BeforeEach
	void createStationAndOfficers() {
		this.station = this.stations
			.create(new StationProfile("T-C", "测试所", "测试分局", "测试路1号", BigDecimal.ONE, 1, 1, 1, 0, 0, 0, 1));
		this.officer = this.officers.create(Scope.bureau(), new OfficerDetails("t.case.officer", "测试民警", "390001",
				"13800000099", this.station.getId(), "", EnumSet.of(Role.OFFICER), "zh-CN"), "a-long-password");
		this.supervisor = this.officers.create(Scope.bureau(), new OfficerDetails("t.case.super", "测试所长", "390002",
				"13800000098", this.station.getId(), "", EnumSet.of(Role.SUPERVISOR), "zh-CN"), "a-long-password");
	}

	@Test
	void storesTheDeadlineAndFindsCasesDueSoonAndDecisionsWaiting() {
		Scope scope = Scope.station(this.station.getId());
		CaseActor me = new CaseActor(this.officer.getId(), "测试民警");
		CaseFile accepted = this.cases.open(scope, this.station.getId(),
				new CaseDetails("入库测试", CaseKind.ADMINISTRATIVE, null, "", this.officer.getId(), "",
						NOW.minusSeconds(3600), false, FilingTrack.STANDARD, BigDecimal.ZERO, BigDecimal.ZERO),
				me, 42L, "key-1");
		assertThat(accepted.getDeadlineAt()).isEqualTo(NOW.minusSeconds(3600).plusSeconds(24 * 3600));
		assertThat(this.cases.findByIncident(scope, 42L)).get().extracting(CaseFile::getId).isEqualTo(accepted.getId());
		assertThat(this.reviews.dueSoonOrOverdue(scope)).extracting(CaseFile::getId).containsExactly(accepted.getId());

		CaseReview review = this.reviews.submit(scope, accepted.getId(), Decision.FILING, "", "", me);
		assertThat(this.reviews.queue(scope)).extracting(CaseReview::getId).containsExactly(review.getId());
		this.reviews.approve(scope, review.getId(), new CaseActor(this.supervisor.getId(), "测试所长"), null);
		assertThat(this.reviews.queue(scope)).isEmpty();
		assertThat(this.reviews.firstPassRates(scope)).singleElement()
			.satisfies(rate -> assertThat(rate.percent()).isEqualTo(100));
		assertThat(this.reviews.openByStage(scope)).containsEntry(CaseStage.FILED, 1L);
		assertThat(this.cases.list(scope, new CaseFilter(null, null, null, CaseStage.FILED, null, null),
				PageRequest.of(0, 10)))
			.extracting(CaseFile::getTitle)
			.containsExactly("入库测试");
		assertThat(this.cases.timeline(scope, accepted.getId())).hasSize(4);
	}

	@TestConfiguration(proxyBeanMethods = false)
	@ComponentScan(
			basePackageClasses = { OfficerService.class, StationService.class, CaseService.class, WorkingCalendar.class,
					AuditService.class, NumberSeries.class },
			useDefaultFilters = false,
			includeFilters = { @ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE,
					classes = { OfficerService.class, StationService.class, StationStaff.class, CaseService.class,
							CaseReviewService.class, WorkingCalendar.class, JpaCaseQueries.class, AuditService.class }),
					@ComponentScan.Filter(type = FilterType.REGEX,
							pattern = "org\\.stationops\\.(cases\\.Case(Timeline|Clock)|shared\\.persistence\\.SqlNumberSeries)") })
	static class Services {

		@Bean
		Clock clock() {
			return Clock.fixed(NOW, ZoneId.of("Asia/Shanghai"));
		}

	}

}
