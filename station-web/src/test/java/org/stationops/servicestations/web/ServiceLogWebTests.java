package org.stationops.servicestations.web;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.stationops.incidents.Incident;
import org.stationops.incidents.IncidentService;
import org.stationops.incidents.IncidentSource;
import org.stationops.servicestations.ServiceLogKind;
import org.stationops.servicestations.ServiceLogService;
import org.stationops.servicestations.ServiceLogTally;
import org.stationops.servicestations.ServiceStation;
import org.stationops.servicestations.ServiceStationFilter;
import org.stationops.servicestations.ServiceStationService;
import org.stationops.shared.Scope;
import org.stationops.shared.web.OfficerPrincipal;
import org.stationops.support.StationWebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

@StationWebTest
class ServiceLogWebTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	ServiceStationService serviceStations;

	@Autowired
	ServiceLogService log;

	@Autowired
	IncidentService incidents;

	OfficerPrincipal me(String username) {
		return (OfficerPrincipal) this.users.loadUserByUsername(username);
	}

	ServiceStation named(String text) {
		return this.serviceStations
			.search(Scope.bureau(), new ServiceStationFilter(null, null, null, text), PageRequest.of(0, 5))
			.getContent()
			.get(0);
	}

	ServiceLogTally today(ServiceStation station) {
		LocalDate today = LocalDate.now(org.stationops.shared.StationTime.ZONE);
		return this.log.tally(Scope.bureau(), station.getStationId(), today, today);
	}

	long count(ServiceStation station, ServiceLogKind kind) {
		return today(station).rows()
			.stream()
			.filter(r -> r.serviceStationId().equals(station.getId()))
			.findFirst()
			.orElseThrow()
			.count(kind);
	}

	@Test
	void alarmAtAStationOpensAnIncidentLinkedToTheStationInOneStep() {
		ServiceStation station = named("江联小区");
		var result = this.mvc.post()
			.uri("/service-stations/log")
			.with(user(me("ds.officer")))
			.with(csrf())
			.param("serviceStationId", String.valueOf(station.getId()))
			.param("kind", "QUICK_ALARM")
			.param("people", "1")
			.param("note", "群众称电动车被盗")
			.param("openIncident", "true")
			.param("incidentCategory", "CRIMINAL.THEFT")
			.param("formToken", UUID.randomUUID().toString())
			.exchange();
		assertThat(result).hasStatus3xxRedirection();
		Long incidentId = (Long) result.getMvcResult().getFlashMap().get("openedIncident");
		assertThat(incidentId).isNotNull();
		Incident incident = this.incidents.get(Scope.bureau(), incidentId);
		assertThat(incident.getSource()).isEqualTo(IncidentSource.SERVICE_STATION);
		assertThat(incident.getStationId()).isEqualTo(station.getStationId());
		assertThat(incident.getLocation()).contains(station.getName());
		assertThat(incident.getDescription()).contains("群众称电动车被盗");
	}

	@Test
	void doubleTappedEntryIsCountedOnce() {
		ServiceStation station = named("阳光乳业");
		long before = count(station, ServiceLogKind.ESCORT_HOME);
		String token = UUID.randomUUID().toString();
		for (int i = 0; i < 2; i++) {
			assertThat(this.mvc.post()
				.uri("/service-stations/log")
				.with(user(me("ds.officer")))
				.with(csrf())
				.param("serviceStationId", String.valueOf(station.getId()))
				.param("kind", "ESCORT_HOME")
				.param("people", "2")
				.param("formToken", token)).hasStatus3xxRedirection();
		}
		assertThat(count(station, ServiceLogKind.ESCORT_HOME)).isEqualTo(before + 1);
	}

	@Test
	void refusesAnIncidentForAConsultationKeepingTheInput() {
		ServiceStation station = named("阳光乳业");
		long before = count(station, ServiceLogKind.CONSULTATION);
		assertThat(this.mvc.post()
			.uri("/service-stations/log")
			.with(user(me("ds.officer")))
			.with(csrf())
			.param("serviceStationId", String.valueOf(station.getId()))
			.param("kind", "CONSULTATION")
			.param("people", "1")
			.param("note", "问路并要求立案")
			.param("openIncident", "true")
			.param("incidentCategory", "CRIMINAL.THEFT")
			.param("formToken", UUID.randomUUID().toString())).hasStatusOk()
			.bodyText()
			.contains("只有快速报警可以登记为警情", "问路并要求立案");
		assertThat(count(station, ServiceLogKind.CONSULTATION)).isEqualTo(before);
	}

	@Test
	void refusesAnEntryWithoutKindOrWithTooManyPeopleInEnglish() {
		ServiceStation station = named("阳光乳业");
		try {
			assertThat(this.mvc.post()
				.uri("/service-stations/log")
				.param("lang", "en")
				.with(user(me("ds.supervisor")))
				.with(csrf())
				.param("serviceStationId", String.valueOf(station.getId()))
				.param("people", "900")
				.param("note", "kept note")
				.param("formToken", UUID.randomUUID().toString())).hasStatusOk()
				.bodyText()
				.contains("kept note", "is-invalid", "Record");
		}
		finally {
			// the switch is stored as the officer's preferred language: give it back
			this.mvc.get()
				.uri("/service-stations/log")
				.param("lang", "zh-CN")
				.with(user(me("ds.supervisor")))
				.exchange();
		}
	}

	@Test
	void anotherStationsServiceStationIsNotFound() {
		ServiceStation meilong = named("南方商圈移动警务室");
		assertThat(this.mvc.post()
			.uri("/service-stations/log")
			.with(user(me("ds.officer")))
			.with(csrf())
			.param("serviceStationId", String.valueOf(meilong.getId()))
			.param("kind", "FIRST_AID")
			.param("people", "1")
			.param("formToken", UUID.randomUUID().toString())).hasStatus(org.springframework.http.HttpStatus.NOT_FOUND);
	}

	@Test
	void countsPerStationAndKindOnThePage() {
		ServiceStation station = named("阳光乳业");
		this.mvc.post()
			.uri("/service-stations/log")
			.with(user(me("ds.officer")))
			.with(csrf())
			.param("serviceStationId", String.valueOf(station.getId()))
			.param("kind", "LOST_AND_FOUND")
			.param("people", "1")
			.param("formToken", UUID.randomUUID().toString())
			.exchange();
		assertThat(count(station, ServiceLogKind.LOST_AND_FOUND)).isPositive();
		assertThat(this.mvc.get().uri("/service-stations/log").with(user(me("ds.officer")))).hasStatusOk()
			.bodyText()
			.contains("失物招领", "阳光乳业治安防控服务站", "服务人数")
			.doesNotContain("南方商圈移动警务室");
	}

}
