package org.stationops.analysis.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.stationops.analysis.AnalysisService;
import org.stationops.analysis.PeriodAnalysis;
import org.stationops.analysis.ReportPeriod;
import org.stationops.analysis.Trend;
import org.stationops.shared.Scope;
import org.stationops.shared.StationTime;
import org.stationops.shared.web.OfficerPrincipal;
import org.stationops.stations.Area;
import org.stationops.stations.StationService;
import org.stationops.support.StationWebTest;
import org.stationops.support.StatementCounter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The analysis on known data: incidents of Daishan in November 2012 (the month looked
 * at), October 2012 (the period before) and November 2011 (the year before), a time no
 * demo data reaches.
 */
@StationWebTest
class AnalysisWebTests {

	static final LocalDate NOVEMBER = LocalDate.of(2012, 11, 15);

	@Autowired
	MockMvcTester mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	AnalysisService analysis;

	@Autowired
	StationService stations;

	@Autowired
	JdbcTemplate jdbc;

	Long daishan;

	OfficerPrincipal as(String username) {
		return (OfficerPrincipal) this.users.loadUserByUsername(username);
	}

	@BeforeEach
	void knownIncidents() {
		this.daishan = as("ds.supervisor").stationId();
		if (this.jdbc.queryForObject("select count(*) from incidents where receipt_number like 'AN2012-%'",
				Long.class) > 0) {
			return;
		}
		List<Area> areas = this.stations.areas(Scope.station(this.daishan), this.daishan);
		Long a = areas.get(0).getId();
		Long b = areas.get(1).getId();
		for (int i = 1; i <= 20; i++) {
			insert("CRIMINAL.THEFT", a, LocalDateTime.of(2012, 11, i, 22, 10), i);
			insert("CRIMINAL.THEFT", a, LocalDateTime.of(2012, 10, i, 22, 10), null);
			insert("CRIMINAL.THEFT", a, LocalDateTime.of(2012, 10, i + 10, 9, 0), null);
			insert("CRIMINAL.THEFT", a, LocalDateTime.of(2011, 11, i, 14, 0), null);
		}
		for (int i = 1; i <= 3; i++) {
			insert("PUBLIC_ORDER.FIGHT", b, LocalDateTime.of(2012, 11, i, 3, 30), null);
		}
		insert("PUBLIC_ORDER.FIGHT", b, LocalDateTime.of(2012, 10, 5, 3, 30), null);
	}

	private int counter = 0;

	private void insert(String category, Long area, LocalDateTime local, Integer arrivalMinutes) {
		OffsetDateTime received = local.atZone(StationTime.ZONE).toOffsetDateTime();
		OffsetDateTime arrived = (arrivalMinutes != null) ? received.plusMinutes(arrivalMinutes) : null;
		String receipt = "AN2012-" + (++this.counter);
		this.jdbc.update(
				"""
						insert into incidents (station_id, receipt_number, query_code, received_at, source, category_code,
						  location, area_id, reporter_name, reporter_phone, description, status, arrived_at, created_by, created_at)
						values (?, ?, ?, ?, 'PHONE', ?, '岱山', ?, '测试', '13800000000', '分析测试', 'CLEARED', ?, 'test', ?)
						""",
				this.daishan, receipt, receipt, received, category, area, arrived, received);
	}

	@Test
	void comparesAMonthWithTheMonthBeforeAndTheYearBeforeOnKnownData() {
		PeriodAnalysis report = this.analysis.analyse(Scope.station(this.daishan), null, ReportPeriod.MONTH, NOVEMBER);

		assertThat(report.total()).extracting(Trend::current, Trend::previous, Trend::yearAgo)
			.containsExactly(23L, 41L, 20L);
		Trend theft = line(report.bySubType(), "CRIMINAL.THEFT");
		assertThat(theft.periodOverPeriod().absolute()).isEqualTo(-20);
		assertThat(theft.periodOverPeriod().percent()).isEqualTo(-50.0);
		assertThat(theft.periodOverPeriod().significantFall()).isTrue();
		assertThat(theft.yearOverYear().absolute()).isZero();
		assertThat(theft.yearOverYear().significant()).isFalse();
		Trend fight = line(report.bySubType(), "PUBLIC_ORDER.FIGHT");
		assertThat(fight.periodOverPeriod().percent()).isEqualTo(200.0);
		assertThat(fight.periodOverPeriod().significant()).as("3 after 1 is noise").isFalse();
		assertThat(fight.yearOverYear().percent()).as("no percentage from zero").isNull();
		assertThat(fight.yearOverYear().significantRise()).isTrue();
		assertThat(line(report.byCategory(), "CRIMINAL").current()).isEqualTo(20);

		assertThat(report.hotspots().byHour()[22]).isEqualTo(20);
		assertThat(report.hotspots().byHour()[3]).isEqualTo(3);
		assertThat(report.hotspots().top().get(0).hour()).isEqualTo(22);

		assertThat(report.kpis().raw().responses()).isEqualTo(20);
		assertThat(report.kpis().medianResponseMinutes()).isEqualTo(10.5);
		assertThat(report.kpis().p90ResponseMinutes()).isEqualTo(18.1);
		assertThat(report.kpis().preventable().current()).isEqualTo(20);
		assertThat(report.kpis().preventableRate()).isEqualTo(87.0);
		assertThat(report.kpis().raw().activeOfficers()).as("Daishan's active accounts").isPositive();
	}

	@Test
	void showsTheMonthWithFlagsAndDefinitionsInAHandfulOfStatements() throws Exception {
		int[] status = new int[1];
		String[] body = new String[1];
		int statements = StatementCounter.count(() -> {
			var result = this.mvc.get()
				.uri("/reports?period=MONTH&date=" + NOVEMBER)
				.with(user(as("ds.supervisor")))
				.exchange();
			status[0] = result.getResponse().getStatus();
			body[0] = result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
			return null;
		});
		assertThat(status[0]).isEqualTo(200);
		assertThat(body[0]).contains("显著下降", "波动范围内", "显著上升", "2(√本期 − √对照期)", "万人警力比", "巡逻完成率")
			.contains("id=\"figure-total\">23<");
		// + 2: Spring Session stores the session (row and attribute) in PostgreSQL
		assertThat(statements).as("account check, station, counts, hours, KPI figures, session store")
			.isLessThanOrEqualTo(6 + 2);
	}

	@Test
	void keepsAStationUserToTheirOwnStationWhateverTheyAskFor() throws Exception {
		String body = this.mvc.get()
			.uri("/reports?period=MONTH&date=" + NOVEMBER + "&stationId=" + this.daishan)
			.with(user(as("ml.supervisor")))
			.exchange()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(body).contains("id=\"figure-total\">0<").doesNotContain("岱山派出所");
	}

	@Test
	void showsTheBureauByStationAndAnyOneStationToABureauSupervisor() throws Exception {
		PeriodAnalysis bureau = this.analysis.analyse(Scope.bureau(), null, ReportPeriod.MONTH, NOVEMBER);
		assertThat(bureau.byStation()).extracting(Trend::current).contains(23L);
		assertThat(bureau.scopeName()).isNull();
		int[] status = new int[1];
		int statements = StatementCounter.count(() -> {
			status[0] = this.mvc.get()
				.uri("/reports?period=WEEK&date=" + NOVEMBER)
				.with(user(as("bureau")))
				.exchange()
				.getResponse()
				.getStatus();
			return null;
		});
		assertThat(status[0]).isEqualTo(200);
		assertThat(statements).as("account check, station choices, stations, counts, hours, KPI figures, session store")
			.isLessThanOrEqualTo(7 + 2);
		assertThat(this.mvc.get()
			.uri("/reports?period=MONTH&date=" + NOVEMBER + "&stationId=" + this.daishan)
			.with(user(as("bureau")))).bodyText().contains("岱山派出所").contains("id=\"figure-total\">23<");
	}

	@Test
	void answersAnUnreadableDateWithTheFormAndAMessage() {
		assertThat(this.mvc.get().uri("/reports?period=MONTH&date=2012-13-45").with(user(as("ds.supervisor"))))
			.hasStatusOk()
			.bodyText()
			.contains("is-invalid");
	}

	private static Trend line(List<Trend> lines, String key) {
		return lines.stream().filter(t -> t.key().equals(key)).findFirst().orElseThrow();
	}

}
