package org.stationops.incidents.web;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.stationops.audit.AuditService;
import org.stationops.incidents.Incident;
import org.stationops.incidents.IncidentDetails;
import org.stationops.incidents.IncidentPriority;
import org.stationops.incidents.IncidentService;
import org.stationops.incidents.IncidentSource;
import org.stationops.shared.Scope;
import org.stationops.shared.web.OfficerPrincipal;
import org.stationops.stations.StationService;
import org.stationops.support.StationWebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

@StationWebTest
class OneScreenDispatchWebTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	IncidentService incidents;

	@Autowired
	StationService stations;

	@Autowired
	AuditService audit;

	@Autowired
	Clock clock;

	OfficerPrincipal me(String username) {
		return (OfficerPrincipal) this.users.loadUserByUsername(username);
	}

	Scope ml() {
		return Scope.station(this.stations.getByCode("ML").getId());
	}

	Incident register(String category, Duration ago) {
		return this.incidents
			.register(ml(), ml().stationId(),
					new IncidentDetails(this.clock.instant().minus(ago), IncidentSource.EMERGENCY_110, category,
							"优先级测试 " + UUID.randomUUID(), null, null, null, "报警人", "", "", "优先级测试"),
					null, null, "ml.duty");
	}

	@Test
	void derivesThePriorityFromTheCategory() {
		assertThat(register("CRIMINAL.ROBBERY", Duration.ofMinutes(1)).getPriority())
			.isEqualTo(IncidentPriority.URGENT);
		assertThat(register("PUBLIC_ORDER.DRUNKENNESS", Duration.ofMinutes(1)).getPriority())
			.isEqualTo(IncidentPriority.HIGH);
		assertThat(register("PUBLIC_ORDER.NOISE", Duration.ofMinutes(1)).getPriority())
			.isEqualTo(IncidentPriority.NORMAL);
	}

	@Test
	void anOfficersOverrideReordersTheBoardAndIsAudited() {
		Incident drunk = register("PUBLIC_ORDER.DRUNKENNESS", Duration.ofMinutes(2));
		long before = this.audit.countFor("incident", drunk.getId());

		assertThat(this.mvc.post()
			.uri("/dispatch/{id}/priority", drunk.getId())
			.param("priority", "URGENT")
			.with(user(me("ml.duty")))
			.with(csrf())).hasStatus3xxRedirection().hasRedirectedUrl("/dispatch#board-" + drunk.getId());

		Incident changed = this.incidents.get(ml(), drunk.getId());
		assertThat(changed.getPriority()).isEqualTo(IncidentPriority.URGENT);
		assertThat(changed.isPriorityOverridden()).isTrue();
		assertThat(this.audit.countFor("incident", drunk.getId())).isEqualTo(before + 1);
		assertThat(this.incidents.board(ml())).extracting(Incident::getPriority).isSorted();
	}

	@Test
	void anUnchangedOrMissingPriorityComesBackOnTheBoardRow() {
		Incident noise = register("PUBLIC_ORDER.NOISE", Duration.ofMinutes(2));
		assertThat(this.mvc.post()
			.uri("/dispatch/{id}/priority", noise.getId())
			.param("priority", "NORMAL")
			.with(user(me("ml.duty")))
			.with(csrf())).hasStatus3xxRedirection().flash().containsEntry("boardErrorId", noise.getId());
		assertThat(this.mvc.post()
			.uri("/dispatch/{id}/priority", noise.getId())
			.param("priority", "NOT_A_PRIORITY")
			.with(user(me("ml.duty")))
			.with(csrf())).hasStatus3xxRedirection().flash().containsEntry("boardErrorId", noise.getId());
	}

	@Test
	void theLiveFragmentFlagsAnUrgentIncidentWaitingTooLongAndSoDoesTheStationsScreen() {
		Incident robbery = register("CRIMINAL.ROBBERY", Duration.ofMinutes(30));
		assertThat(this.incidents.overdueUrgent(ml())).extracting(Incident::getId).contains(robbery.getId());

		assertThat(this.mvc.get().uri("/dispatch/live?lang=zh-CN").with(user(me("ml.duty")))).hasStatusOk()
			.bodyText()
			.contains("id=\"board-live\"", "超时未派", robbery.getReceiptNumber())
			.doesNotContain("<nav");
		assertThat(this.mvc.get().uri("/?lang=zh-CN").with(user(me("ml.supervisor")))).hasStatusOk()
			.bodyText()
			.contains("id=\"panel-urgent\"", robbery.getReceiptNumber());
	}

	@Test
	void theUnitsColumnListsTheStationsUnitsByStatus() {
		assertThat(this.mvc.get().uri("/patrol/board/units?lang=zh-CN").with(user(me("ml.duty")))).hasStatusOk()
			.bodyText()
			.contains("data-board-units", "units-AVAILABLE", "梅陇轻型 PTU 1 组")
			.doesNotContain("岱山 110 巡逻车 1 号");
	}

}
