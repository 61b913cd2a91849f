package org.stationops.servicestations.web;

import org.junit.jupiter.api.Test;
import org.stationops.servicestations.ServiceStation;
import org.stationops.servicestations.ServiceStationFilter;
import org.stationops.servicestations.ServiceStationService;
import org.stationops.servicestations.Slot;
import org.stationops.servicestations.BookingService;
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
class ServiceStationWebTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	ServiceStationService serviceStations;

	@Autowired
	BookingService bookings;

	OfficerPrincipal me(String username) {
		return (OfficerPrincipal) this.users.loadUserByUsername(username);
	}

	ServiceStation named(String text) {
		return this.serviceStations
			.search(Scope.bureau(), new ServiceStationFilter(null, null, null, text), PageRequest.of(0, 5))
			.getContent()
			.get(0);
	}

	@Test
	void listsDaishansEightSecurityServiceStationsNamedAfterTheirHosts() {
		assertThat(this.mvc.get()
			.uri("/service-stations")
			.param("kind", "SECURITY_SERVICE_STATION")
			.with(user(me("ds.officer")))).hasStatusOk()
			.bodyText()
			.contains("阳光乳业治安防控服务站", "江联小区治安防控服务站", "八大山人梅湖景区治安防控服务站", "共 8 个")
			.doesNotContain("南方商圈移动警务室");
	}

	@Test
	void answersAnotherStationsServiceStationAsNotFound() {
		ServiceStation meilong = named("南方商圈移动警务室");
		assertThat(this.mvc.get().uri("/service-stations/{id}", meilong.getId()).with(user(me("ds.officer"))))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/service-stations/{id}", meilong.getId()).with(user(me("ml.officer"))))
			.hasStatusOk()
			.bodyText()
			.contains("南方商场北广场");
	}

	@Test
	void rejectedFormKeepsTheInputAndShowsEveryMessage() {
		assertThat(this.mvc.post()
			.uri("/service-stations")
			.with(user(me("ds.officer")))
			.with(csrf())
			.param("name", "新建测试站")
			.param("kind", "STREET_WORKSTATION")
			.param("latitude", "北纬二十八")
			.param("longitude", "115.9")
			.param("guardCapacity", "1")
			.param("guardsOnDuty", "3")
			.param("openedOn", "2026-01-01")
			.param("opensAt", "")
			.param("closesAt", "")).hasStatusOk().bodyText().contains("新建测试站", "北纬二十八", "格式不正确");
	}

	@Test
	void refusesMoreGuardsThanCapacityAsAFieldError() {
		assertThat(this.mvc.post()
			.uri("/service-stations")
			.with(user(me("ds.officer")))
			.with(csrf())
			.param("name", "容量测试站")
			.param("kind", "STREET_WORKSTATION")
			.param("latitude", "28.6")
			.param("longitude", "115.9")
			.param("roundTheClock", "true")
			.param("guardCapacity", "1")
			.param("guardsOnDuty", "3")
			.param("openedOn", "2026-01-01")).hasStatusOk().bodyText().contains("在岗人数不能超过值守力量（1 人）");
	}

	@Test
	void refusesAStaleEdit() {
		ServiceStation station = named("皮肤医院");
		assertThat(this.mvc.post()
			.uri("/service-stations/{id}/suspend", station.getId())
			.with(user(me("ds.officer")))
			.with(csrf())
			.param("version", String.valueOf(station.getVersion() + 5))
			.param("reason", "测试")).hasStatus3xxRedirection();
		assertThat(named("皮肤医院").isActive()).isTrue();
	}

	@Test
	void coveragePageShowsShareGapsAndWhatIf() {
		assertThat(this.mvc.get()
			.uri("/service-stations/coverage")
			.param("at", "10:00")
			.param("proposedLatitude", "28.6108")
			.param("proposedLongitude", "115.9307")
			.with(user(me("ds.officer")))).hasStatusOk()
			.bodyText()
			.contains("覆盖缺口", "岱山东苑", "增设拟建点后", "新增覆盖居民 3,400 人、小区 1 个");
	}

	@Test
	void coveragePageAnswersNonsenseWithAWarningNotAnError() {
		assertThat(this.mvc.get()
			.uri("/service-stations/coverage")
			.param("at", "25:99")
			.param("minutes", "-3")
			.with(user(me("ds.officer")))).hasStatusOk().bodyText().contains("步行分钟应为 1 至 60");
	}

	@Test
	void publicBookingPageNeedsNoSignInAndRefusesABadPhoneKeepingTheInput() {
		ServiceStation sunshine = named("阳光乳业");
		assertThat(this.mvc.get().uri("/book").param("serviceStation", String.valueOf(sunshine.getId()))).hasStatusOk()
			.bodyText()
			.contains("阳光乳业治安防控服务站", "提交预约");
		Slot slot = this.bookings.slots(sunshine.getId()).stream().filter(s -> !s.isFull()).findFirst().orElseThrow();
		assertThat(this.mvc.post().uri("/book").with(csrf()).with(request -> {
			request.setRemoteAddr("10.9.0.1");
			return request;
		})
			.param("serviceStationId", String.valueOf(sunshine.getId()))
			.param("service", "CERTIFICATE")
			.param("slot", slot.start().toString())
			.param("name", "测试居民")
			.param("phone", "1234")).hasStatusOk().bodyText().contains("测试居民", "1234", "is-invalid");
	}

	@Test
	void publicBookingRefusesAPastSlot() {
		ServiceStation sunshine = named("阳光乳业");
		assertThat(this.mvc.post().uri("/book").with(csrf()).with(request -> {
			request.setRemoteAddr("10.9.0.2");
			return request;
		})
			.param("serviceStationId", String.valueOf(sunshine.getId()))
			.param("service", "CERTIFICATE")
			.param("slot", "2020-01-01T14:00")
			.param("name", "测试居民")
			.param("phone", "13907910009")).hasStatusOk().bodyText().contains("不能预约已经过去的时段");
	}

	@Test
	void answersAHandMadeBookingWithAnUnknownServiceWithTheFormNotAnError() {
		assertThat(this.mvc.post().uri("/book").with(csrf()).with(request -> {
			request.setRemoteAddr("10.9.0.4");
			return request;
		})
			.param("serviceStationId", "1")
			.param("service", "NO_SUCH_SERVICE")
			.param("slot", "tomorrow")
			.param("name", "测试居民")
			.param("phone", "13907910009")).hasStatusOk().bodyText().contains("提交的内容无法识别");
	}

	@Test
	void limitsPublicAttemptsPerClientAddress() {
		for (int i = 0; i < 10; i++) {
			assertThat(lookUp("10.9.0.3")).hasStatusOk();
		}
		assertThat(lookUp("10.9.0.3")).hasStatus(HttpStatus.TOO_MANY_REQUESTS);
	}

	private org.springframework.test.web.servlet.assertj.MvcTestResult lookUp(String ip) {
		return this.mvc.post().uri("/book/status").with(csrf()).with(request -> {
			request.setRemoteAddr(ip);
			return request;
		}).param("reference", "YY000000-00000").param("queryCode", "AAAAAA").exchange();
	}

}
