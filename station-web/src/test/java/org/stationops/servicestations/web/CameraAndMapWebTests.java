package org.stationops.servicestations.web;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.stationops.servicestations.Camera;
import org.stationops.servicestations.CameraService;
import org.stationops.servicestations.CameraStatus;
import org.stationops.servicestations.ServiceStation;
import org.stationops.servicestations.ServiceStationService;
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
class CameraAndMapWebTests {

	/**
	 * Any absolute address except the SVG namespace, which names a vocabulary and is
	 * never fetched.
	 */
	static final Pattern EXTERNAL = Pattern
		.compile("(?i)(https?:)?//(?!www\\.w3\\.org/2000/svg\")[a-z0-9.-]+\\.[a-z]{2,}");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	CameraService cameras;

	@Autowired
	StationService stations;

	@Autowired
	ServiceStationService serviceStations;

	OfficerPrincipal me(String username) {
		return (OfficerPrincipal) this.users.loadUserByUsername(username);
	}

	Camera camera(String code) {
		Long ds = this.stations.getByCode(code.startsWith("DS") ? "DS" : "ML").getId();
		return this.cameras.all(Scope.bureau(), ds)
			.stream()
			.filter(c -> c.getCode().equals(code))
			.findFirst()
			.orElseThrow();
	}

	@Test
	void faultListShowsDaysOutOfServiceLongestFirst() throws Exception {
		String body = this.mvc.get()
			.uri("/service-stations/cameras")
			.with(user(me("ds.officer")))
			.exchange()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(body).contains("故障清单", "镜头进水，画面模糊", "象湖公寓治安防控服务站").doesNotContain("ML-TW-003");
		assertThat(body.indexOf("data-camera=\"DS-XL-004\"")).isPositive()
			.isLessThan(body.indexOf("data-camera=\"DS-XL-006\""));
	}

	@Test
	void faultAndRepairAreGuardedByTheCamera() {
		Camera camera = camera("DS-TW-007");
		assertThat(this.mvc.post()
			.uri("/service-stations/cameras/{id}/fault", camera.getId())
			.with(user(me("ds.officer")))
			.with(csrf())
			.param("version", String.valueOf(camera.getVersion()))
			.param("note", "云台卡死")).hasStatus3xxRedirection();
		Camera faulty = camera("DS-TW-007");
		assertThat(faulty.getStatus()).isEqualTo(CameraStatus.FAULTY);
		assertThat(this.mvc.post()
			.uri("/service-stations/cameras/{id}/fault", faulty.getId())
			.with(user(me("ds.officer")))
			.with(csrf())
			.param("version", String.valueOf(faulty.getVersion()))
			.param("note", "again")).hasStatus3xxRedirection()
			.flash()
			.containsEntry("actionError", "servicestations.camera.alreadyFaulty");
		assertThat(this.mvc.post()
			.uri("/service-stations/cameras/{id}/repair", faulty.getId())
			.with(user(me("ds.officer")))
			.with(csrf())
			.param("version", String.valueOf(faulty.getVersion()))).hasStatus3xxRedirection();
		assertThat(camera("DS-TW-007").isWorking()).isTrue();
	}

	@Test
	void refusesAStaleFaultReport() {
		Camera camera = camera("DS-TW-002");
		assertThat(this.mvc.post()
			.uri("/service-stations/cameras/{id}/fault", camera.getId())
			.with(user(me("ds.officer")))
			.with(csrf())
			.param("version", String.valueOf(camera.getVersion() + 3))
			.param("note", "无信号")).hasStatus3xxRedirection()
			.flash()
			.containsEntry("actionError", "servicestations.edit.conflict");
		assertThat(camera("DS-TW-002").isWorking()).isTrue();
	}

	@Test
	void anotherStationsCameraIsNotFound() {
		Camera meilong = camera("ML-TW-001");
		assertThat(this.mvc.post()
			.uri("/service-stations/cameras/{id}/fault", meilong.getId())
			.with(user(me("ds.officer")))
			.with(csrf())
			.param("version", String.valueOf(meilong.getVersion()))
			.param("note", "x")).hasStatus(org.springframework.http.HttpStatus.NOT_FOUND);
	}

	@Test
	void rejectedCameraFormKeepsTheInput() {
		assertThat(this.mvc.post()
			.uri("/service-stations/cameras")
			.with(user(me("ds.officer")))
			.with(csrf())
			.param("code", "DS-TW-001")
			.param("location", "重复编号的点位")
			.param("kind", "DOME")
			.param("owner", "POLICE")
			.param("latitude", "28.6")
			.param("longitude", "115.9")).hasStatusOk().bodyText().contains("本所已有该编号的点位", "重复编号的点位");
		assertThat(this.mvc.post()
			.uri("/service-stations/cameras")
			.with(user(me("ds.officer")))
			.with(csrf())
			.param("code", "DS-TW-099")
			.param("kind", "DOME")
			.param("owner", "POLICE")
			.param("latitude", "北纬")
			.param("longitude", "115.9")).hasStatusOk().bodyText().contains("北纬", "is-invalid");
	}

	@Test
	void coveragePageShowsCameraCoverageBesideWalkingCoverage() {
		assertThat(this.mvc.get().uri("/service-stations/coverage").param("at", "10:00").with(user(me("ds.officer"))))
			.hasStatusOk()
			.bodyText()
			.contains("在线监控覆盖（100 米内）", "camera-percent");
	}

	@Test
	void mapDrawsTheLayersAndNeverNamesAnExternalAddress() throws Exception {
		String body = this.mvc.get()
			.uri("/service-stations/map")
			.with(user(me("ds.officer")))
			.exchange()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(body).contains("station-map", "阳光乳业治安防控服务站", "岱山东苑", "DS-XL-004", "岱山社区", "<polygon");
		assertThat(EXTERNAL.matcher(body).find()).as("an external address in the map page").isFalse();
		assertThat(body).as("no tile server configured: no Leaflet").doesNotContain("leaflet", "data-tile-url");
	}

	@Test
	void mapFiltersByKindStatusAndCameraStatus() {
		assertThat(this.mvc.get()
			.uri("/service-stations/map")
			.param("kind", "MOBILE_POLICE_ROOM")
			.param("cameraStatus", "FAULTY")
			.with(user(me("ml.officer")))).hasStatusOk()
			.bodyText()
			.contains("data-station=\"南方商圈移动警务室\"", "ML-TW-003")
			.doesNotContain("data-station=\"儿科医院警务室\"", "ML-TW-001");
		assertThat(this.mvc.get()
			.uri("/service-stations/map")
			.param("status", "SUSPENDED")
			.param("showCameras", "false")
			.with(user(me("ml.officer")))).hasStatusOk()
			.bodyText()
			.contains("data-station=\"莲花南路酒店街面工作站\"")
			.doesNotContain("data-station=\"南方商圈移动警务室\"", "data-camera=");
	}

	@Test
	void dashboardPanelLinksTheStationsCoverageFaultsAndTodaysAppointments() {
		Long ds = this.stations.getByCode("DS").getId();
		int faulty = this.cameras.faults(Scope.station(ds), ds).size();
		assertThat(faulty).isPositive();
		assertThat(this.mvc.get().uri("/").with(user(me("ds.officer")))).hasStatusOk()
			.bodyText()
			.contains("id=\"service-stations-panel\"", "当前在岗服务站", "href=\"/service-stations/coverage\"",
					"href=\"/service-stations/appointments\"")
			.containsPattern("id=\"panel-faulty-cameras\"[^>]*>" + faulty + "<")
			.containsPattern("id=\"panel-staffed-now\"[^>]*>\\d+ / \\d+<")
			.containsPattern("id=\"panel-coverage\"[^>]*>\\d+(\\.\\d)? %<");
		assertThat(this.mvc.get().uri("/").with(user(me("admin")))).hasStatusOk()
			.bodyText()
			.doesNotContain("service-stations-panel");
	}

	@Test
	void aPositionFarOutsideTheAreasCompoundsIsWarnedOnTheStationPage() {
		Long ml = this.stations.getByCode("ML").getId();
		ServiceStation mobile = this.serviceStations.of(Scope.station(ml), ml)
			.stream()
			.filter(s -> s.getName().equals("南方商圈移动警务室"))
			.findFirst()
			.orElseThrow();
		assertThat(this.mvc.get().uri("/service-stations/{id}", mobile.getId()).with(user(me("ml.officer"))))
			.hasStatusOk()
			.bodyText()
			.doesNotContain("id=\"outside-area\"");
		ServiceStation moved = this.serviceStations.move(Scope.station(ml), mobile.getId(), mobile.getVersion(),
				mobile.getLatitude() + 0.05, mobile.getLongitude(), mobile.getTodaysPost());
		try {
			assertThat(this.mvc.get().uri("/service-stations/{id}", mobile.getId()).with(user(me("ml.officer"))))
				.hasStatusOk()
				.bodyText()
				.contains("id=\"outside-area\"", "梅陇商务区警务责任区");
		}
		finally {
			this.serviceStations.move(Scope.station(ml), mobile.getId(), moved.getVersion(), mobile.getLatitude(),
					mobile.getLongitude(), mobile.getTodaysPost());
		}
	}

}
