package org.stationops.officers.persistence;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.stationops.audit.AuditService;
import org.stationops.officers.Officer;
import org.stationops.officers.OfficerDetails;
import org.stationops.officers.OfficerService;
import org.stationops.officers.Role;
import org.stationops.shared.RuleViolationException;
import org.stationops.shared.Scope;
import org.stationops.stations.Station;
import org.stationops.stations.StationProfile;
import org.stationops.stations.StationService;
import org.stationops.stations.StationStaff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.FilterType;
import org.springframework.data.domain.PageRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DataJpaTest
class JpaOfficerRepositoryTests {

	final OfficerService officers;

	final StationService stations;

	JpaOfficerRepositoryTests(@Autowired OfficerService officers, @Autowired StationService stations) {
		this.officers = officers;
		this.stations = stations;
	}

	Station north;

	Station south;

	@BeforeEach
	void createStations() {
		this.north = this.stations.create(profile("T-N"));
		this.south = this.stations.create(profile("T-S"));
	}

	@Test
	void findsOfficerByUsernameIgnoringCaseWithRolesIntact() {
		this.officers.create(Scope.bureau(),
				details("Zhang.Wei", "100001", this.north.getId(), EnumSet.of(Role.OFFICER, Role.LIAISON)),
				"correct horse battery");

		Officer found = this.officers.findByUsername("zhang.wei").orElseThrow();

		assertThat(found.getRoles()).containsExactlyInAnyOrder(Role.OFFICER, Role.LIAISON);
		assertThat(found.getPasswordHash()).startsWith("{bcrypt}");
	}

	@Test
	void rejectsDuplicateBadgeNumber() {
		this.officers.create(Scope.bureau(), details("a1", "200001", this.north.getId(), Set.of(Role.OFFICER)),
				"correct horse battery");

		assertThatThrownBy(() -> this.officers.create(Scope.bureau(),
				details("a2", "200001", this.north.getId(), Set.of(Role.OFFICER)), "correct horse battery"))
			.isInstanceOfSatisfying(RuleViolationException.class,
					ex -> assertThat(ex.getField()).isEqualTo("badgeNumber"));
	}

	@Test
	void listsOnlyTheScopedStationsOfficers() {
		this.officers.create(Scope.bureau(), details("n1", "300001", this.north.getId(), Set.of(Role.OFFICER)),
				"correct horse battery");
		this.officers.create(Scope.bureau(), details("s1", "300002", this.south.getId(), Set.of(Role.OFFICER)),
				"correct horse battery");

		assertThat(this.officers.list(Scope.station(this.north.getId()), PageRequest.of(0, 50)))
			.extracting(Officer::getUsername)
			.contains("n1")
			.doesNotContain("s1");
	}

	@Test
	void refusesStationUserCreatingOfficerInAnotherStation() {
		assertThatThrownBy(() -> this.officers.create(Scope.station(this.north.getId()),
				details("x1", "400001", this.south.getId(), Set.of(Role.OFFICER)), "correct horse battery"))
			.isInstanceOf(org.stationops.shared.NotFoundException.class);
	}

	@TestConfiguration(proxyBeanMethods = false)
	@ComponentScan(basePackageClasses = { AuditService.class, OfficerService.class, StationService.class },
			useDefaultFilters = false, includeFilters = @ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE,
					classes = { OfficerService.class, StationService.class, StationStaff.class, AuditService.class }))
	static class Services {

		@Bean
		java.time.Clock clock() {
			return java.time.Clock.system(java.time.ZoneId.of("Asia/Shanghai"));
		}

	}

	static StationProfile profile(String code) {
		return new StationProfile(code, code + "派出所", "测试分局", "", new BigDecimal("14.78"), 109, 220000, 90000, 130000,
				20, 3, 117);
	}

	static OfficerDetails details(String username, String badge, Long stationId, Set<Role> roles) {
		return new OfficerDetails(username, "测试民警", badge, "13800138000", stationId, "一组", roles, "zh-CN");
	}

}
