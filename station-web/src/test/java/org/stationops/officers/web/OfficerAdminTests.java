package org.stationops.officers.web;

import org.junit.jupiter.api.Test;
import org.stationops.officers.Officer;
import org.stationops.officers.OfficerService;
import org.stationops.audit.AuditService;
import org.stationops.shared.web.OfficerPrincipal;
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
class OfficerAdminTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	OfficerService officers;

	@Autowired
	StationService stations;

	@Autowired
	AuditService audit;

	OfficerPrincipal admin() {
		return (OfficerPrincipal) this.users.loadUserByUsername("admin");
	}

	@Test
	void answersAPageForAnyPageNumberOfTheOfficerAndAuditLists() {
		assertThat(this.mvc.get().uri("/admin/officers?page=99999999").with(user(admin()))).hasStatusOk();
		assertThat(this.mvc.get().uri("/admin/officers?page=-3").with(user(admin()))).hasStatusOk();
		assertThat(this.mvc.get().uri("/admin/audit?page=99999999").with(user(admin()))).hasStatusOk();
	}

	@Test
	void createsAnOfficerWhoCanThenBeFoundByUsername() {
		assertThat(this.mvc.post()
			.uri("/admin/officers")
			.with(user(admin()))
			.with(csrf())
			.param("username", "ml.newcomer")
			.param("displayName", "孙新")
			.param("badgeNumber", "310777")
			.param("phone", "13912345678")
			.param("stationId", meilong())
			.param("team", "社区警务一组")
			.param("roles", "OFFICER")
			.param("preferredLanguage", "zh-CN")
			.param("password", "a-long-password")).hasStatus(HttpStatus.FOUND);
		assertThat(this.officers.findByUsername("ml.newcomer")).get()
			.extracting(Officer::getBadgeNumber)
			.isEqualTo("310777");
	}

	@Test
	void keepsTheInputAndExplainsEachErrorInChinese() {
		assertThat(this.mvc.post()
			.uri("/admin/officers")
			.with(user(admin()))
			.with(csrf())
			.param("username", "x")
			.param("displayName", "王五")
			.param("badgeNumber", "12ab")
			.param("phone", "12345")
			.param("stationId", meilong())
			.param("preferredLanguage", "zh-CN")
			.param("password", "short")).hasStatusOk()
			.bodyText()
			.contains("王五", "12ab", "12345", "警号应为 6 位数字", "手机号或座机号格式不正确", "请至少选择一项");
	}

	@Test
	void explainsErrorsInEnglishWhenAskedTo() {
		assertThat(this.mvc.post()
			.uri("/admin/officers?lang=en")
			.with(user(admin()))
			.with(csrf())
			.param("username", "")
			.param("displayName", "")
			.param("badgeNumber", "1")
			.param("stationId", meilong())
			.param("roles", "OFFICER")
			.param("preferredLanguage", "en")).hasStatusOk()
			.bodyText()
			.contains("Required", "A badge number has 6 digits");
	}

	@Test
	void refusesATakenUsernameOrBadgeNumberOnTheField() {
		assertThat(this.mvc.post()
			.uri("/admin/officers")
			.with(user(admin()))
			.with(csrf())
			.param("username", "ML.OFFICER")
			.param("displayName", "重名")
			.param("badgeNumber", "310888")
			.param("stationId", meilong())
			.param("roles", "OFFICER")
			.param("preferredLanguage", "zh-CN")
			.param("password", "a-long-password")).hasStatusOk().bodyText().contains("该用户名已被使用");
		assertThat(this.mvc.post()
			.uri("/admin/officers")
			.with(user(admin()))
			.with(csrf())
			.param("username", "ml.badgeclash")
			.param("displayName", "重号")
			.param("badgeNumber", "310001")
			.param("stationId", meilong())
			.param("roles", "OFFICER")
			.param("preferredLanguage", "zh-CN")
			.param("password", "a-long-password")).hasStatusOk().bodyText().contains("该警号已被使用");
	}

	@Test
	void refusesASaveOverAStaleVersion() {
		Officer officer = this.officers.findByUsername("ds.officer").orElseThrow();
		assertThat(this.mvc.post()
			.uri("/admin/officers/" + officer.getId())
			.with(user(admin()))
			.with(csrf())
			.param("username", "ds.officer")
			.param("displayName", "周涛（旧版本）")
			.param("badgeNumber", "360001")
			.param("phone", "13700000021")
			.param("stationId", officer.getStationId().toString())
			.param("team", "巡逻防控组")
			.param("roles", "OFFICER")
			.param("preferredLanguage", "zh-CN")
			.param("version", String.valueOf(officer.getVersion() - 1))).hasStatusOk().bodyText().contains("该记录已被他人修改");
		assertThat(this.officers.findByUsername("ds.officer").orElseThrow().getDisplayName()).isEqualTo("周涛");
	}

	@Test
	void masksPhonesInTheListAndLogsTheFullView() {
		Officer officer = this.officers.findByUsername("ml.supervisor").orElseThrow();
		assertThat(this.mvc.get().uri("/admin/officers").with(user(admin()))).bodyText()
			.contains("138****0013")
			.doesNotContain("13800000013");
		long before = this.audit.countFor("officer", officer.getId());
		assertThat(this.mvc.get().uri("/admin/officers/" + officer.getId() + "/edit").with(user(admin()))).bodyText()
			.contains("13800000013");
		assertThat(this.audit.countFor("officer", officer.getId())).isEqualTo(before + 1);
	}

	@Test
	void deactivatedOfficerCannotSignInAndCanBeReactivated() {
		Officer officer = this.officers.findByUsername("ds.supervisor").orElseThrow();
		this.mvc.post()
			.uri("/admin/officers/" + officer.getId() + "/deactivate")
			.with(user(admin()))
			.with(csrf())
			.exchange();
		assertThat(this.officers.findByUsername("ds.supervisor").orElseThrow().isActive()).isFalse();
		this.mvc.post()
			.uri("/admin/officers/" + officer.getId() + "/activate")
			.with(user(admin()))
			.with(csrf())
			.exchange();
		assertThat(this.officers.findByUsername("ds.supervisor").orElseThrow().isActive()).isTrue();
	}

	@Test
	void refusesDeactivatingYourOwnAccount() {
		assertThat(this.mvc.post()
			.uri("/admin/officers/" + admin().officerId() + "/deactivate")
			.with(user(admin()))
			.with(csrf())).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyText().contains("不能停用自己的账号");
	}

	@Test
	void keepsTheChosenStationAndLanguageSelectedWhenTheFormComesBack() {
		assertThat(this.mvc.post()
			.uri("/admin/officers")
			.with(user(admin()))
			.with(csrf())
			.param("username", "x")
			.param("displayName", "王五")
			.param("badgeNumber", "310778")
			.param("phone", "13912345679")
			.param("stationId", meilong())
			.param("roles", "OFFICER")
			.param("preferredLanguage", "en")
			.param("password", "a-long-password")).hasStatusOk()
			.bodyText()
			.contains("<select class=\"form-select\" id=\"stationId\" name=\"stationId\">",
					"<option value=\"\">分局（全部派出所）</option>",
					"<option value=\"" + meilong() + "\" selected=\"selected\">",
					"<option value=\"en\" selected=\"selected\">English</option>",
					"<option value=\"zh-CN\">中文</option>", "class=\"invalid-feedback\"");
	}

	private String meilong() {
		return this.stations.getByCode("ML").getId().toString();
	}

}
