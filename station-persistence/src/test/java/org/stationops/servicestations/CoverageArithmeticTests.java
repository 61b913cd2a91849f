package org.stationops.servicestations;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.stationops.audit.AuditService;
import org.stationops.officers.OfficerService;
import org.stationops.servicestations.CoverageQueries.CompoundCoverage;
import org.stationops.shared.Scope;
import org.stationops.stations.StationProfile;
import org.stationops.stations.StationService;
import org.stationops.stations.StationStaff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Coverage on known geometry: points placed a known number of metres from a station on a
 * sphere of earthdistance's radius (6,378,168 m), so each compound's inclusion is decided
 * by the arithmetic, not by chance.
 */
@DataJpaTest
class CoverageArithmeticTests {

	static final double EARTH_RADIUS = 6_378_168;

	static final double METRES_PER_DEGREE = Math.PI / 180 * EARTH_RADIUS;

	static final double LAT = 31.0;

	static final double LON = 121.0;

	static final WalkingCircle EIGHT_MINUTES = new WalkingCircle(8, 80);

	@Autowired
	CoverageService coverage;

	@Autowired
	StationService stations;

	@Autowired
	ServiceStationRepository serviceStations;

	@Autowired
	CompoundRepository compounds;

	@Autowired
	CameraRepository cameras;

	Long stationId;

	@BeforeEach
	void createStation() {
		this.stationId = this.stations
			.create(new StationProfile("T-CV", "覆盖测试派出所", "测试分局", "", new BigDecimal("10"), 1, 1, 1, 0, 0, 0, 1))
			.getId();
	}

	@Test
	void measuresKnownDistancesOnTheSphere() {
		assertThat(this.coverage.distanceMetres(new GeoPoint(31, 121), new GeoPoint(32, 121)))
			.isCloseTo(METRES_PER_DEGREE, within(1.0));
		assertThat(this.coverage.distanceMetres(new GeoPoint(LAT, LON), north(600))).isCloseTo(600, within(0.01));
		assertThat(this.coverage.distanceMetres(new GeoPoint(LAT, LON), east(630))).isCloseTo(630, within(0.01));
		// Beijing (Tiananmen) to Shanghai (People's Square): about 1,068 km on this
		// sphere
		assertThat(this.coverage.distanceMetres(new GeoPoint(39.9087, 116.3975), new GeoPoint(31.2304, 121.4737)))
			.isBetween(1_064_000.0, 1_072_000.0);
	}

	@Test
	void countsCompoundsInsideTheWalkingCircleOfAStaffedStation() {
		station("A", new GeoPoint(LAT, LON), true, null, null);
		compound("600 m north", north(600), 1000);
		compound("630 m east", east(630), 500);
		compound("700 m north", north(700), 2000);
		compound("2 km south", north(-2000), 300);

		CoverageReport report = this.coverage.report(Scope.bureau(), this.stationId, LocalTime.NOON, EIGHT_MINUTES,
				null);

		assertThat(report.total().residents()).isEqualTo(3800);
		assertThat(report.total().coveredResidents()).isEqualTo(1500);
		assertThat(report.total().coveredCompounds()).isEqualTo(2);
		assertThat(report.total().percent()).isEqualTo(39.5);
		assertThat(report.gaps()).extracting(CompoundCoverage::name).containsExactly("700 m north", "2 km south");
		assertThat(report.stations()).singleElement().satisfies(s -> {
			assertThat(s.station().compounds()).isEqualTo(2);
			assertThat(s.station().residents()).isEqualTo(1500);
			assertThat(s.percent()).isEqualTo(39.5);
		});

		CoverageReport nineMinutes = this.coverage.report(Scope.bureau(), this.stationId, LocalTime.NOON,
				new WalkingCircle(9, 80), null);
		assertThat(nineMinutes.total().coveredResidents()).isEqualTo(3500);
	}

	@Test
	void leavesOutSuspendedStationsAndStationsClosedAtThatHour() {
		station("day only", north(-2000), false, LocalTime.of(8, 0), LocalTime.of(20, 0));
		ServiceStation suspended = station("suspended", north(700), true, null, null);
		suspended.suspend("装修");
		this.serviceStations.saveAndFlush(suspended);
		compound("2 km south", north(-2000), 300);
		compound("700 m north", north(700), 2000);

		assertThat(this.coverage.report(Scope.bureau(), this.stationId, LocalTime.of(10, 0), EIGHT_MINUTES, null)
			.total()
			.coveredResidents()).isEqualTo(300);
		assertThat(this.coverage.report(Scope.bureau(), this.stationId, LocalTime.of(21, 0), EIGHT_MINUTES, null)
			.total()
			.coveredResidents()).isZero();
	}

	@Test
	void whatIfCountsWhatAProposedPointWouldAdd() {
		station("A", new GeoPoint(LAT, LON), true, null, null);
		compound("600 m north", north(600), 1000);
		compound("1.5 km north", north(1500), 2000);

		CoverageReport report = this.coverage.report(Scope.bureau(), this.stationId, LocalTime.NOON, EIGHT_MINUTES,
				north(1400));

		assertThat(report.total().coveredResidents()).isEqualTo(1000);
		assertThat(report.whatIf()).isNotNull();
		assertThat(report.whatIf().gainedResidents()).isEqualTo(2000);
		assertThat(report.whatIf().after().percent()).isEqualTo(100.0);
	}

	@Test
	void countsCompoundsWithinTheRadiusOfAWorkingCameraOnly() {
		station("A", new GeoPoint(LAT, LON), true, null, null);
		camera("C-1", new GeoPoint(LAT, LON));
		compound("95 m north", north(95), 1000);
		compound("105 m east", east(105), 2000);
		Camera broken = camera("C-2", north(1000));
		broken.reportFault(LocalDate.of(2026, 1, 1), "断线", LocalDate.of(2026, 1, 2));
		this.cameras.saveAndFlush(broken);
		compound("1 km north", north(1010), 4000);
		CoverageReport report = this.coverage.report(Scope.bureau(), this.stationId, LocalTime.NOON, EIGHT_MINUTES,
				null, 100);
		assertThat(report.cameras().coveredCompounds()).isEqualTo(1);
		assertThat(report.cameras().coveredResidents()).isEqualTo(1000);
		assertThat(report.cameras().residents()).isEqualTo(7000);
		assertThat(report.cameras().percent()).isEqualTo(14.3);
		CoverageReport wider = this.coverage.report(Scope.bureau(), this.stationId, LocalTime.NOON, EIGHT_MINUTES, null,
				110);
		assertThat(wider.cameras().coveredResidents()).isEqualTo(3000);
	}

	private Camera camera(String code, GeoPoint at) {
		return this.cameras.saveAndFlush(new Camera(this.stationId, new CameraDetails(code, "", CameraKind.DOME,
				CameraOwner.POLICE, null, null, at.latitude(), at.longitude())));
	}

	private ServiceStation station(String name, GeoPoint at, boolean roundTheClock, LocalTime opens, LocalTime closes) {
		return this.serviceStations.saveAndFlush(new ServiceStation(this.stationId,
				new ServiceStationDetails(name, ServiceStationKind.STREET_WORKSTATION, "", null, "", null,
						at.latitude(), at.longitude(), "", roundTheClock, opens, closes, 1, 1, null,
						LocalDate.of(2026, 1, 1), Map.of())));
	}

	private void compound(String name, GeoPoint at, int residents) {
		this.compounds.saveAndFlush(new Compound(this.stationId,
				new CompoundDetails(name, null, at.latitude(), at.longitude(), residents / 3, residents)));
	}

	static GeoPoint north(double metres) {
		return new GeoPoint(LAT + metres / METRES_PER_DEGREE, LON);
	}

	static GeoPoint east(double metres) {
		return new GeoPoint(LAT, LON + metres / (METRES_PER_DEGREE * Math.cos(Math.toRadians(LAT))));
	}

	@TestConfiguration(proxyBeanMethods = false)
	@ComponentScan(
			basePackageClasses = {
					AuditService.class, OfficerService.class, StationService.class, CoverageService.class },
			useDefaultFilters = false,
			includeFilters = {
					@ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE,
							classes = { OfficerService.class, StationService.class, StationStaff.class,
									CoverageService.class, AuditService.class }),
					@ComponentScan.Filter(type = FilterType.REGEX, pattern = ".*\\.SqlCoverageQueries") })
	static class Services {

		@Bean
		java.time.Clock clock() {
			return java.time.Clock.system(java.time.ZoneId.of("Asia/Shanghai"));
		}

	}

}
