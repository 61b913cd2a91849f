package org.stationops.incidents.persistence;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.stationops.audit.AuditService;
import org.stationops.incidents.Incident;
import org.stationops.incidents.IncidentDetails;
import org.stationops.incidents.IncidentFilter;
import org.stationops.incidents.IncidentReferred;
import org.stationops.incidents.IncidentService;
import org.stationops.incidents.IncidentSource;
import org.stationops.incidents.IncidentStatus;
import org.stationops.officers.OfficerService;
import org.stationops.shared.NotFoundException;
import org.stationops.shared.RuleViolationException;
import org.stationops.shared.Scope;
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
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DataJpaTest
@RecordApplicationEvents
class IncidentSearchTests {

	static final Instant NOW = Instant.parse("2026-11-25T08:00:00Z");

	final IncidentService incidents;

	final StationService stations;

	IncidentSearchTests(@Autowired IncidentService incidents, @Autowired StationService stations) {
		this.incidents = incidents;
		this.stations = stations;
	}

	Station north;

	Station south;

	@BeforeEach
	void createStations() {
		this.north = this.stations.create(profile("SN"));
		this.south = this.stations.create(profile("SS"));
	}

	@Test
	void findsTwoCharacterChineseTermsAndNothingElse() {
		Incident theft = register(this.north, "CRIMINAL.THEFT", "店铺夜间被撬，疑似入室盗窃，损失现金两千元。");
		register(this.north, "CRIMINAL.FRAUD", "接到冒充客服电话，转账后发现被骗。");
		register(this.north, "CRIMINAL.THEFT", "盗版光盘窃取案线索");

		assertThat(search(this.north, "盗窃")).containsExactly(theft.getId());
	}

	@Test
	void findsSingleCharactersAndLongerPhrases() {
		Incident shrimp = register(this.north, "CRIMINAL.THEFT", "摊位上的活虾被盗，约15公斤。");
		register(this.north, "CRIMINAL.THEFT", "电动自行车被盗。");

		assertThat(search(this.north, "虾")).containsExactly(shrimp.getId());
		assertThat(search(this.north, "活虾被盗")).containsExactly(shrimp.getId());
		assertThat(search(this.north, "15公斤")).containsExactly(shrimp.getId());
		assertThat(search(this.north, "虾被偷")).isEmpty();
	}

	@Test
	void searchesWithinTheScopedStationOnly() {
		register(this.north, "CRIMINAL.THEFT", "北站的一起盗窃");
		Incident south = register(this.south, "CRIMINAL.THEFT", "南站的一起盗窃");

		assertThat(this.incidents
			.search(Scope.station(this.south.getId()), IncidentFilter.station(this.north.getId()).withText("盗窃"),
					PageRequest.of(0, 10))
			.map(Incident::getId)
			.getContent()).containsExactly(south.getId());
	}

	@Test
	void filtersByTopLevelCategoryStatusAndDate() {
		Incident theft = register(this.north, "CRIMINAL.THEFT", "盗窃");
		Incident fight = register(this.north, "PUBLIC_ORDER.FIGHT", "打架");
		Scope scope = Scope.station(this.north.getId());

		assertThat(ids(scope, new IncidentFilter(null, null, null, "CRIMINAL", null, null, null, null)))
			.containsExactly(theft.getId());
		assertThat(ids(scope,
				new IncidentFilter(null, null, null, "PUBLIC_ORDER.FIGHT", IncidentStatus.RECEIVED, null, null, null)))
			.containsExactly(fight.getId());
		assertThat(ids(scope, new IncidentFilter(null, NOW.plusSeconds(3600), null, null, null, null, null, null)))
			.isEmpty();
	}

	@Test
	void numbersReceiptsPerStationAndDay() {
		Incident first = register(this.north, "CRIMINAL.THEFT", "一");
		Incident second = register(this.north, "CRIMINAL.THEFT", "二");
		Incident other = register(this.south, "CRIMINAL.THEFT", "三");

		assertThat(first.getReceiptNumber()).isEqualTo("SN-20261125-0001");
		assertThat(second.getReceiptNumber()).isEqualTo("SN-20261125-0002");
		assertThat(other.getReceiptNumber()).isEqualTo("SS-20261125-0001");
		assertThat(first.getQueryCode()).hasSize(6).isNotEqualTo(second.getQueryCode());
	}

	@Test
	void returnsTheSameIncidentForARepeatedFormToken() {
		Scope scope = Scope.station(this.north.getId());
		Incident once = this.incidents.register(scope, this.north.getId(), details("CRIMINAL.THEFT", "双击"), "token-1",
				null, "tester");
		Incident twice = this.incidents.register(scope, this.north.getId(), details("CRIMINAL.THEFT", "双击"), "token-1",
				null, "tester");

		assertThat(twice.getId()).isEqualTo(once.getId());
	}

	@Test
	void refusesTopLevelCategoriesAndAreasOfAnotherStation() {
		Scope scope = Scope.station(this.north.getId());
		assertThatThrownBy(() -> this.incidents.register(scope, this.north.getId(), details("CRIMINAL", "x"), null,
				null, "tester"))
			.isInstanceOfSatisfying(RuleViolationException.class,
					ex -> assertThat(ex.getField()).isEqualTo("categoryCode"));
		assertThatThrownBy(() -> this.incidents.register(scope, this.south.getId(), details("CRIMINAL.THEFT", "x"),
				null, null, "tester"))
			.isInstanceOf(NotFoundException.class);
	}

	@Test
	void publishesIncidentReferredWhenACaseIsOpened(ApplicationEvents events) {
		Incident incident = register(this.north, "CRIMINAL.EXTORTION", "勒索");
		this.incidents.dispose(Scope.station(this.north.getId()), incident.getId(), IncidentStatus.CASE_OPENED, "受案",
				"", "", 42L, NOW);

		assertThat(events.stream(IncidentReferred.class)).singleElement().satisfies(event -> {
			assertThat(event.incidentId()).isEqualTo(incident.getId());
			assertThat(event.target()).isEqualTo(IncidentReferred.Target.CASE);
			assertThat(event.categoryCode()).isEqualTo("CRIMINAL.EXTORTION");
			assertThat(event.officerId()).isEqualTo(42L);
		});
	}

	@Test
	void publishesNothingForDispositionsThatStayHere(ApplicationEvents events) {
		Incident incident = register(this.north, "PUBLIC_ORDER.NOISE", "噪音");
		this.incidents.dispose(Scope.station(this.north.getId()), incident.getId(), IncidentStatus.RESOLVED_ON_SITE, "",
				"", "", 42L, NOW);

		assertThat(events.stream(IncidentReferred.class)).isEmpty();
	}

	private List<Long> search(Station station, String term) {
		return ids(Scope.station(station.getId()), IncidentFilter.station(null).withText(term));
	}

	private List<Long> ids(Scope scope, IncidentFilter filter) {
		return this.incidents.search(scope, filter, PageRequest.of(0, 50)).map(Incident::getId).getContent();
	}

	private Incident register(Station station, String category, String description) {
		return this.incidents.register(Scope.station(station.getId()), station.getId(), details(category, description),
				null, null, "tester");
	}

	static IncidentDetails details(String category, String description) {
		return new IncidentDetails(NOW.minusSeconds(600), IncidentSource.EMERGENCY_110, category, "测试路 1 号", null, null,
				null, "测试", "13800138000", "", description);
	}

	static StationProfile profile(String code) {
		return new StationProfile(code, code + "派出所", "测试分局", "", new BigDecimal("10"), 1, 1000, 500, 500, 1, 0, 10);
	}

	@TestConfiguration(proxyBeanMethods = false)
	@Import(SqlIncidentQueries.class)
	@ComponentScan(
			basePackageClasses = { AuditService.class, IncidentService.class, OfficerService.class,
					StationService.class },
			useDefaultFilters = false,
			includeFilters = @ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE, classes = { IncidentService.class,
					OfficerService.class, StationService.class, StationStaff.class, AuditService.class }))
	static class Services {

		@Bean
		Clock clock() {
			return Clock.fixed(NOW, ZoneId.of("Asia/Shanghai"));
		}

	}

}
