package org.stationops.patrol.web;

import java.math.BigDecimal;
import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.stationops.incidents.Incident;
import org.stationops.incidents.IncidentCategory;
import org.stationops.incidents.IncidentDetails;
import org.stationops.incidents.IncidentService;
import org.stationops.incidents.IncidentSource;
import org.stationops.patrol.PatrolDispatchService;
import org.stationops.patrol.PatrolDispatchService.NearUnit;
import org.stationops.patrol.PatrolUnit;
import org.stationops.patrol.PatrolUnitService;
import org.stationops.patrol.UnitFilter;
import org.stationops.patrol.UnitStatus;
import org.stationops.shared.Scope;
import org.stationops.shared.web.OfficerPrincipal;
import org.stationops.stations.StationService;
import org.stationops.support.StationWebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

@StationWebTest
class PatrolWebTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	PatrolUnitService units;

	@Autowired
	PatrolDispatchService dispatch;

	@Autowired
	IncidentService incidents;

	@Autowired
	StationService stations;

	@Autowired
	Clock clock;

	OfficerPrincipal me(String username) {
		return (OfficerPrincipal) this.users.loadUserByUsername(username);
	}

	PatrolUnit unit(String name) {
		return this.units.search(Scope.bureau(), new UnitFilter(null, null, null, name), PageRequest.of(0, 1))
			.getContent()
			.get(0);
	}

	@Test
	void listsTheStationsUnitsAndAnswersAnotherStationsUnitAsNotFound() {
		assertThat(this.mvc.get().uri("/patrol/units").with(user(me("ds.officer")))).hasStatusOk()
			.bodyText()
			.contains("岱山 110 巡逻车 1 号", "梅湖景区平安志愿者队")
			.doesNotContain("梅陇轻型 PTU 1 组");
		assertThat(this.mvc.get().uri("/patrol/units/{id}", unit("梅陇轻型 PTU 1 组").getId()).with(user(me("ds.officer"))))
			.hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void rejectedUnitFormKeepsTheInputAndShowsTheMessage() {
		assertThat(this.mvc.post()
			.uri("/patrol/units")
			.with(user(me("ds.officer")))
			.with(csrf())
			.param("name", "岱山新志愿者队")
			.param("kind", "VOLUNTEER_TEAM")
			.param("leader", "")
			.param("memberCount", "8")).hasStatusOk().bodyText().contains("岱山新志愿者队", "志愿者队伍须填写队长");
	}

	@Test
	void rejectedPlanFormKeepsTheInputAndExplainsTheRoute() {
		Long unitId = unit("岱山电警车 2 号").getId();
		assertThat(this.mvc.post()
			.uri("/patrol/plans")
			.with(user(me("ds.officer")))
			.with(csrf())
			.param("name", "单点定线")
			.param("kind", "ROUTE")
			.param("unitId", unitId.toString())
			.param("days", "MONDAY")
			.param("windowStarts", "08:00", "")
			.param("windowEnds", "09:00", "")
			.param("windowPasses", "1", "")
			.param("checkpointIds", "", "")).hasStatusOk().bodyText().contains("单点定线", "定线巡逻至少需要两个巡更点");
		assertThat(this.mvc.post()
			.uri("/patrol/plans")
			.with(user(me("ds.officer")))
			.with(csrf())
			.param("name", "错时定线")
			.param("kind", "ROUTE")
			.param("unitId", unitId.toString())
			.param("days", "MONDAY")
			.param("windowStarts", "八点")
			.param("windowEnds", "09:00")
			.param("windowPasses", "1")).hasStatusOk().bodyText().contains("错时定线", "第 1 行时段填写不完整");
	}

	@Test
	void printsACheckpointSheetWithAQrCodeAndItsSignedCode() throws Exception {
		assertThat(this.mvc.get().uri("/patrol/checkpoints").with(user(me("ds.officer")))).hasStatusOk()
			.bodyText()
			.contains("阳光乳业巡更点", "岱山小学巡更点");
		String body = this.mvc.get()
			.uri("/patrol/checkpoints")
			.with(user(me("ds.officer")))
			.exchange()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		String sheet = body.replaceAll("(?s).*?href=\"(/patrol/checkpoints/\\d+/sheet)\".*", "$1");
		assertThat(this.mvc.get().uri(sheet).with(user(me("ds.officer")))).hasStatusOk()
			.bodyText()
			.contains("<svg", "/patrol/c/", "有效期至");
	}

	@Test
	void exportsComplianceAsXlsx() {
		assertThat(this.mvc.get()
			.uri("/patrol/compliance/export")
			.param("from", "2026-01-01")
			.param("to", "2026-01-31")
			.with(user(me("ds.supervisor")))).hasStatusOk()
			.hasContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		assertThat(this.mvc.get().uri("/patrol/compliance").with(user(me("ds.supervisor")))).hasStatusOk()
			.bodyText()
			.contains("110 巡逻车服务站环线", "梅湖景区平安志愿者队");
	}

	@Test
	void dispatchesTheNearestUnitAndItsArrivalGivesTheIncidentAResponseTime() {
		Scope ds = Scope.station(this.stations.getByCode("DS").getId());
		IncidentCategory category = this.incidents.categories()
			.stream()
			.filter(c -> !c.isTopLevel())
			.findFirst()
			.orElseThrow();
		// 100 m north of the 110 car's demo position
		Incident incident = this.incidents.register(ds, ds.stationId(),
				new IncidentDetails(this.clock.instant(), IncidentSource.EMERGENCY_110, category.getCode(), "岱山路口",
						null, new BigDecimal("28.6024"), new BigDecimal("115.9008"), "报警人", "", "", "路口有人打架"),
				null, null, "ds.officer");

		NearUnit nearest = this.dispatch.nearest(ds, incident.getId()).get(0);
		assertThat(nearest.unit().getName()).isEqualTo("岱山 110 巡逻车 1 号");
		assertThat(nearest.metres()).isBetween(90L, 110L);
		assertThat(this.mvc.get().uri("/patrol/incidents/{id}", incident.getId()).with(user(me("ds.officer"))))
			.hasStatusOk()
			.bodyText()
			.contains("岱山 110 巡逻车 1 号", "米");

		PatrolUnit car = this.dispatch.dispatch(ds, incident.getId(), nearest.unit().getId(),
				nearest.unit().getVersion());
		assertThat(car.getStatus()).isEqualTo(UnitStatus.DISPATCHED);
		assertThat(this.dispatch.nearest(ds, incident.getId())).extracting(n -> n.unit().getName())
			.doesNotContain("岱山 110 巡逻车 1 号");
		car = this.dispatch.arrive(ds, car.getId(), car.getVersion());
		assertThat(this.incidents.get(ds, incident.getId()).responseTime()).isPresent();
		car = this.dispatch.clear(ds, car.getId(), car.getVersion());
		assertThat(car.getStatus()).isEqualTo(UnitStatus.AVAILABLE);
		assertThat(this.incidents.get(ds, incident.getId()).getStatus().awaitsClearance()).isFalse();
	}

}
