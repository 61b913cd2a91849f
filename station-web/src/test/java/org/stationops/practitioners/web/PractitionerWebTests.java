package org.stationops.practitioners.web;

import java.time.LocalDate;
import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.stationops.liaison.EnterpriseKind;
import org.stationops.liaison.EnterpriseService;
import org.stationops.practitioners.Practitioner;
import org.stationops.practitioners.PractitionerCampaign;
import org.stationops.practitioners.PractitionerService;
import org.stationops.practitioners.Trade;
import org.stationops.shared.ResidentIdNumbers;
import org.stationops.shared.Scope;
import org.stationops.shared.web.OfficerPrincipal;
import org.stationops.stations.StationService;
import org.stationops.support.StationWebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

@StationWebTest
class PractitionerWebTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	StationService stations;

	@Autowired
	EnterpriseService enterprises;

	@Autowired
	PractitionerService practitioners;

	OfficerPrincipal me(String username) {
		return (OfficerPrincipal) this.users.loadUserByUsername(username);
	}

	static String uniqueId() {
		java.util.concurrent.ThreadLocalRandom r = java.util.concurrent.ThreadLocalRandom.current();
		return ResidentIdNumbers.complete("330921" + (1960 + r.nextInt(40)) + String.format("%02d", 1 + r.nextInt(12))
				+ String.format("%02d", 1 + r.nextInt(28)) + String.format("%03d", r.nextInt(1000)));
	}

	Long daishanCourierOutlet() {
		Long ds = this.stations.getByCode("DS").getId();
		return this.enterprises.search(Scope.station(ds), "", EnterpriseKind.COURIER_OUTLET, null, Pageable.ofSize(1))
			.getContent()
			.get(0)
			.getId();
	}

	@Test
	void rejectsAnInvalidIdNumberAndKeepsTheInput() {
		assertThat(this.mvc.post()
			.uri("/practitioners")
			.with(user(me("ds.officer")))
			.with(csrf())
			.param("enterpriseId", String.valueOf(daishanCourierOutlet()))
			.param("name", "错号快递员")
			.param("idNumber", "330921198803150419")
			.param("trade", "COURIER")).hasStatusOk().bodyText().contains("错号快递员", "身份证号码无效");
	}

	@Test
	void aConcernKeepsTheCampaignOpenUntilItsFollowUpIsDone() {
		Long ds = this.stations.getByCode("DS").getId();
		Scope scope = Scope.station(ds);
		Practitioner courier = this.practitioners.register(scope, ds, daishanCourierOutlet(), "排查测试快递员", uniqueId(), "",
				Trade.COURIER);
		PractitionerCampaign campaign = this.practitioners.startCampaign(scope, ds, "测试排查 " + System.nanoTime(),
				LocalDate.now().minusDays(1), LocalDate.now().plusDays(10), EnumSet.of(Trade.COURIER));
		assertThat(this.mvc.post()
			.uri("/practitioners/campaigns/{id}/checks", campaign.getId())
			.with(user(me("ds.officer")))
			.with(csrf())
			.param("practitionerId", String.valueOf(courier.getId()))
			.param("checkedOn", LocalDate.now().toString())
			.param("finding", "CONCERN")
			.param("concern", "冒用他人身份证件")
			.param("followUp", "")
			.param("version", String.valueOf(campaign.getVersion()))).hasStatusOk()
			.bodyText()
			.contains("发现问题时须填写问题和跟进措施", "冒用他人身份证件");
		assertThat(this.mvc.post()
			.uri("/practitioners/campaigns/{id}/checks", campaign.getId())
			.with(user(me("ds.officer")))
			.with(csrf())
			.param("practitionerId", String.valueOf(courier.getId()))
			.param("checkedOn", LocalDate.now().toString())
			.param("finding", "CONCERN")
			.param("concern", "冒用他人身份证件")
			.param("followUp", "通知企业停止派单并核实身份")
			.param("version", String.valueOf(campaign.getVersion())))
			.hasRedirectedUrl("/practitioners/campaigns/" + campaign.getId());
		PractitionerCampaign checked = this.practitioners.campaign(scope, campaign.getId());
		assertThat(this.mvc.post()
			.uri("/practitioners/campaigns/{id}/close", campaign.getId())
			.with(user(me("ds.officer")))
			.with(csrf())
			.param("version", String.valueOf(checked.getVersion())))
			.hasRedirectedUrl("/practitioners/campaigns/" + campaign.getId());
		assertThat(this.practitioners.campaign(scope, campaign.getId()).isClosed()).isFalse();
		assertThat(this.mvc.get().uri("/practitioners/campaigns/{id}", campaign.getId()).with(user(me("ds.officer"))))
			.hasStatusOk()
			.bodyText()
			.contains("排查测试快递员", "冒用他人身份证件");
		assertThat(this.mvc.get().uri("/practitioners/campaigns/{id}", campaign.getId()).with(user(me("ml.officer"))))
			.hasStatus(HttpStatus.NOT_FOUND);
	}

}
