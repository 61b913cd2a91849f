package org.stationops.emergency.web;

import org.junit.jupiter.api.Test;
import org.stationops.audit.AuditService;
import org.stationops.emergency.EmergencyPlan;
import org.stationops.emergency.EmergencyPlanService;
import org.stationops.emergency.Scenario;
import org.stationops.shared.Scope;
import org.stationops.shared.web.OfficerPrincipal;
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
class EmergencyWebTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	EmergencyPlanService plans;

	@Autowired
	AuditService audit;

	OfficerPrincipal me(String username) {
		return (OfficerPrincipal) this.users.loadUserByUsername(username);
	}

	EmergencyPlan plan(Scenario scenario) {
		return this.plans.list(Scope.bureau(), null, scenario, PageRequest.of(0, 5)).getContent().get(0);
	}

	@Test
	void listsTheStationsPlansAndFlagsThoseNotDrilledForAYear() {
		EmergencyPlan island = plan(Scenario.ISLAND_CUT_OFF);
		EmergencyPlan typhoon = plan(Scenario.TYPHOON);
		assertThat(this.mvc.get().uri("/emergency").with(user(me("ds.officer")))).hasStatusOk()
			.bodyText()
			.contains("岱山防台风应急预案", "岱山岛自为战应急预案", "从未演练", "超过一年未演练")
			.doesNotContain("南方商圈大型活动安保预案");
		assertThat(island.isDrillOverdue(java.time.LocalDate.now())).isTrue();
		assertThat(typhoon.isDrillOverdue(java.time.LocalDate.now())).isFalse();
	}

	@Test
	void answersAnotherStationsPlanAsNotFound() {
		EmergencyPlan meilong = plan(Scenario.LARGE_EVENT);
		assertThat(this.mvc.get().uri("/emergency/{id}", meilong.getId()).with(user(me("ds.officer"))))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/emergency/{id}/mobilise", meilong.getId()).with(user(me("ds.officer"))))
			.hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void mobilisationListMasksPhonesUntilThePlanIsActivated() {
		EmergencyPlan island = plan(Scenario.ISLAND_CUT_OFF);
		assertThat(this.mvc.get().uri("/emergency/{id}/mobilise", island.getId()).with(user(me("ds.officer"))))
			.hasStatusOk()
			.bodyText()
			.contains("137****0005")
			.doesNotContain("13705800005");
		long before = this.audit.countFor(EmergencyPlanService.AUDIT_SUBJECT, island.getId());
		assertThat(this.mvc.post()
			.uri("/emergency/{id}/activate", island.getId())
			.with(user(me("ds.officer")))
			.with(csrf())
			.param("reason", "大风停航超过 48 小时")
			.param("version", String.valueOf(island.getVersion())))
			.hasRedirectedUrl("/emergency/" + island.getId() + "/mobilise");
		assertThat(this.mvc.get().uri("/emergency/{id}/mobilise", island.getId()).with(user(me("ds.officer"))))
			.hasStatusOk()
			.bodyText()
			.contains("13705800005", "大风停航超过 48 小时");
		assertThat(this.audit.countFor(EmergencyPlanService.AUDIT_SUBJECT, island.getId())).isEqualTo(before + 1);
		EmergencyPlan active = this.plans.get(Scope.bureau(), island.getId());
		this.plans.standDown(Scope.bureau(), island.getId(), active.getVersion());
	}

	@Test
	void rejectedDrillKeepsTheInputAndShowsEveryMessage() {
		EmergencyPlan typhoon = plan(Scenario.TYPHOON);
		assertThat(this.mvc.post()
			.uri("/emergency/{id}/drills", typhoon.getId())
			.with(user(me("ds.officer")))
			.with(csrf())
			.param("heldOn", "2099-01-01")
			.param("participants", "0")
			.param("minutesToAssemble", "")
			.param("findings", "码头照明不足")
			.param("version", String.valueOf(typhoon.getVersion()))).hasStatusOk()
			.bodyText()
			.contains("码头照明不足", "岱山防台风应急预案");
	}

	@Test
	void rejectedPlanFormKeepsTheInput() {
		assertThat(this.mvc.post()
			.uri("/emergency")
			.with(user(me("ds.officer")))
			.with(csrf())
			.param("name", "岱山防台风应急预案")
			.param("scenario", "TYPHOON")
			.param("triggerConditions", "蓝色预警")).hasStatusOk().bodyText().contains("本所已有同名预案", "蓝色预警");
	}

}
