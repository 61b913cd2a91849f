package org.stationops.stations.web;

import org.junit.jupiter.api.Test;
import org.stationops.officers.OfficerService;
import org.stationops.shared.Scope;
import org.stationops.shared.web.OfficerPrincipal;
import org.stationops.stations.Station;
import org.stationops.stations.StationService;
import org.stationops.support.StationWebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

@StationWebTest
class StationAdminTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	StationService stations;

	@Autowired
	OfficerService officers;

	OfficerPrincipal admin() {
		return (OfficerPrincipal) this.users.loadUserByUsername("admin");
	}

	@Test
	void createsAStationAndShowsItsPolicePerTenThousand() {
		assertThat(this.mvc.post()
			.uri("/stations")
			.with(user(admin()))
			.with(csrf())
			.param("code", "FT")
			.param("name", "福田派出所")
			.param("bureau", "福田分局")
			.param("address", "福田区")
			.param("areaKm2", "10.5")
			.param("residentialCompounds", "60")
			.param("actualPopulation", "150000")
			.param("registeredPopulation", "50000")
			.param("floatingPopulation", "100000")
			.param("schools", "12")
			.param("urbanVillages", "3")
			.param("officerHeadcount", "90")).hasStatus(HttpStatus.FOUND);
		Station station = this.stations.getByCode("FT");
		assertThat(this.mvc.get().uri("/stations/" + station.getId()).with(user(admin()))).bodyText()
			.contains("福田派出所", "6.0");
	}

	@Test
	void keepsTheInputWhenAStationFormIsRejected() {
		assertThat(this.mvc.post()
			.uri("/stations")
			.with(user(admin()))
			.with(csrf())
			.param("code", "ML")
			.param("name", "重复代码派出所")
			.param("bureau", "分局")
			.param("areaKm2", "1")
			.param("residentialCompounds", "-3")
			.param("actualPopulation", "1")
			.param("registeredPopulation", "1")
			.param("floatingPopulation", "1")
			.param("schools", "1")
			.param("urbanVillages", "1")
			.param("officerHeadcount", "1")).hasStatusOk().bodyText().contains("重复代码派出所", "不能小于 0");
		assertThat(this.mvc.post()
			.uri("/stations")
			.with(user(admin()))
			.with(csrf())
			.param("code", "ML")
			.param("name", "重复代码派出所")
			.param("bureau", "分局")
			.param("areaKm2", "1")
			.param("residentialCompounds", "3")
			.param("actualPopulation", "1")
			.param("registeredPopulation", "1")
			.param("floatingPopulation", "1")
			.param("schools", "1")
			.param("urbanVillages", "1")
			.param("officerHeadcount", "1")).hasStatusOk().bodyText().contains("该代码已被其他派出所使用");
	}

	@Test
	void reportsANonNumberInANumberFieldOnThatField() {
		assertThat(this.mvc.post()
			.uri("/stations")
			.with(user(admin()))
			.with(csrf())
			.param("code", "XX")
			.param("name", "测试")
			.param("bureau", "分局")
			.param("areaKm2", "十平方公里")).hasStatusOk().bodyText().contains("十平方公里", "请输入数字");
	}

	@Test
	void refusesAnAreaOfficerFromAnotherStation() {
		Station meilong = this.stations.getByCode("ML");
		Long daishanOfficer = this.officers.findByUsername("ds.officer").orElseThrow().getId();
		assertThat(this.mvc.post()
			.uri("/stations/" + meilong.getId() + "/areas")
			.with(user(admin()))
			.with(csrf())
			.param("name", "新社区")
			.param("kind", "COMMUNITY")
			.param("responsibleOfficerId", daishanOfficer.toString())).hasStatusOk().bodyText().contains("请选择本所在岗民警");
		assertThat(this.stations.areas(Scope.bureau(), meilong.getId())).noneMatch(a -> a.getName().equals("新社区"));
	}

	@Test
	void refusesOfficersTheStationForm() {
		assertThat(this.mvc.get()
			.uri("/stations/new")
			.with(user((OfficerPrincipal) this.users.loadUserByUsername("ml.officer"))))
			.hasStatus(HttpStatus.FORBIDDEN);
	}

}
