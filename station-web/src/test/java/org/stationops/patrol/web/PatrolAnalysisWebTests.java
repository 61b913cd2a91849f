package org.stationops.patrol.web;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.stationops.incidents.Incident;
import org.stationops.incidents.IncidentDetails;
import org.stationops.incidents.IncidentService;
import org.stationops.incidents.IncidentSource;
import org.stationops.shared.Scope;
import org.stationops.shared.web.OfficerPrincipal;
import org.stationops.stations.Area;
import org.stationops.stations.StationService;
import org.stationops.support.StationWebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The response-time and where-to-patrol pages on incidents of a day no other test uses (5
 * March 2019, station time), the plan validity in the plan form and the per-officer
 * compliance with its XLSX sheet.
 */
@StationWebTest
class PatrolAnalysisWebTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	IncidentService incidents;

	@Autowired
	StationService stations;

	@Autowired
	org.stationops.patrol.PatrolUnitService units;

	OfficerPrincipal me(String username) {
		return (OfficerPrincipal) this.users.loadUserByUsername(username);
	}

	Scope ds() {
		return Scope.station(this.stations.getByCode("DS").getId());
	}

	List<Area> areas() {
		return this.stations.areas(ds(), ds().stationId());
	}

	/**
	 * An incident received at {@code time} (UTC) on 2019-03-05, arriving after so many
	 * seconds.
	 */
	Incident arrived(Area area, String time, long arrivalSeconds) {
		Instant received = Instant.parse("2019-03-05T" + time + "Z");
		Incident incident = this.incidents.register(
				ds(), ds().stationId(), new IncidentDetails(received, IncidentSource.EMERGENCY_110,
						"PUBLIC_ORDER.NOISE", "分析测试", area.getId(), null, null, "报警人", "", "", "分析测试"),
				null, null, "ds.officer");
		if (arrivalSeconds > 0) {
			this.incidents.dispatch(ds(), incident.getId(), null, "巡逻组", received.plusSeconds(10));
			this.incidents.arrive(ds(), incident.getId(), received.plusSeconds(arrivalSeconds));
		}
		return incident;
	}

	@Test
	void showsResponseTimesPerAreaAndHourWithTheShareWithinTwoMinutes() {
		Area area = areas().get(0);
		arrived(area, "02:10:00", 60); // 10:10 station time
		arrived(area, "02:40:00", 180);
		arrived(area, "02:50:00", 0); // no arrival: not counted

		assertThat(this.mvc.get()
			.uri("/patrol/response-times?lang=zh-CN&from=2019-03-05&to=2019-03-05")
			.with(user(me("ds.supervisor")))).hasStatusOk()
			.bodyText()
			.contains("id=\"cell-" + area.getId() + "-10\"", area.getName(), "2 分 0 秒", "50%", "接警时间算到首次到场");
		assertThat(this.mvc.get()
			.uri("/patrol/response-times?from=2019-03-06&to=2019-03-05")
			.with(user(me("ds.supervisor")))).hasStatusOk().bodyText().contains("action-error");
	}

	@Test
	void listsFirstTheAreaAndHourWithTheMostIncidentsAndLeastPatrol() throws Exception {
		Area busy = areas().get(0);
		Area quiet = areas().get(areas().size() - 1);
		arrived(busy, "13:05:00", 0); // 21:05 station time
		arrived(busy, "13:35:00", 0);
		arrived(quiet, "13:15:00", 0);

		String body = this.mvc.get()
			.uri("/patrol/where-to-patrol?lang=zh-CN&from=2019-03-05&to=2019-03-05")
			.with(user(me("ds.supervisor")))
			.exchange()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(body).contains("这张表是怎么算的", "id=\"gap-" + busy.getId() + "-21\"");
		if (!busy.getId().equals(quiet.getId())) {
			assertThat(body.indexOf("gap-" + busy.getId() + "-21"))
				.isLessThan(body.indexOf("gap-" + quiet.getId() + "-21"));
		}
	}

	@Test
	void refusesAPlanEndingBeforeItStartsAndKeepsTheInput() {
		assertThat(this.mvc.post()
			.uri("/patrol/plans")
			.with(user(me("ds.officer")))
			.with(csrf())
			.param("name", "倒置有效期定线")
			.param("kind", "ROUTE")
			.param("unitId",
					this.units
						.search(ds(), new org.stationops.patrol.UnitFilter(null, null, null, "岱山电警车 2 号"),
								org.springframework.data.domain.PageRequest.of(0, 1))
						.getContent()
						.get(0)
						.getId()
						.toString())
			.param("days", "MONDAY")
			.param("windowStarts", "08:00")
			.param("windowEnds", "09:00")
			.param("windowPasses", "1")
			.param("validFrom", "2026-12-10")
			.param("validTo", "2026-12-01")).hasStatusOk().bodyText().contains("倒置有效期定线", "2026-12-10", "截止日期不能早于生效日期");
	}

	@Test
	void reportsCompliancePerOfficerOnThePageAndInTheSpreadsheet() throws Exception {
		assertThat(this.mvc.get().uri("/patrol/compliance?lang=zh-CN").with(user(me("ml.supervisor")))).hasStatusOk()
			.bodyText()
			.contains("id=\"by-officer\"", "id=\"officer-ml.officer\"");
		byte[] xlsx = this.mvc.get()
			.uri("/patrol/compliance/export?lang=zh-CN")
			.param("from", java.time.LocalDate.now().minusDays(7).toString())
			.param("to", java.time.LocalDate.now().toString())
			.with(user(me("ml.supervisor")))
			.exchange()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			assertThat(book.getSheet("按民警")).isNotNull();
			assertThat(book.getSheet("按民警").getLastRowNum()).isPositive();
		}
	}

}
