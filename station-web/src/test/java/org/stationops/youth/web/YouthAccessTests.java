package org.stationops.youth.web;

import org.junit.jupiter.api.Test;
import org.stationops.audit.AuditService;
import org.stationops.shared.web.OfficerPrincipal;
import org.stationops.support.StationWebTest;
import org.stationops.youth.GroupStatus;
import org.stationops.youth.YouthGroup;
import org.stationops.youth.YouthService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

@StationWebTest
class YouthAccessTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	YouthService youth;

	@Autowired
	AuditService audit;

	OfficerPrincipal me(String username) {
		return (OfficerPrincipal) this.users.loadUserByUsername(username);
	}

	YouthGroup daishanGroup() {
		return this.youth.list(YouthReaders.of(me("ds.supervisor")), GroupStatus.OPEN, PageRequest.of(0, 20))
			.stream()
			.filter(g -> g.getMinorName().equals("林小海"))
			.findFirst()
			.orElseThrow();
	}

	@Test
	void minorsFileIsInvisibleToAnotherOfficerOfTheSameStation() {
		YouthGroup group = daishanGroup();
		assertThat(this.mvc.get().uri("/youth/{id}", group.getId()).with(user(me("ds.officer"))))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/youth").with(user(me("ds.officer")))).hasStatusOk()
			.bodyText()
			.doesNotContain("林小海", "林**");
		assertThat(this.mvc.post()
			.uri("/youth/{id}/plan", group.getId())
			.with(user(me("ds.officer")))
			.with(csrf())
			.param("plan", "改写计划")
			.param("version", String.valueOf(group.getVersion()))).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/youth/{id}", group.getId()).with(user(me("bureau"))))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/youth/{id}", group.getId()).with(user(me("ml.supervisor"))))
			.hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void groupOfficerAndStationSupervisorReadTheFileAndEveryViewIsAudited() {
		YouthGroup group = daishanGroup();
		long before = this.audit.countFor(YouthService.AUDIT_SUBJECT, group.getId());
		assertThat(this.mvc.get().uri("/youth/{id}", group.getId()).with(user(me("ds.liaison")))).hasStatusOk()
			.bodyText()
			.contains("林小海", "330921201103150019", "13905800101");
		assertThat(this.mvc.get().uri("/youth/{id}", group.getId()).with(user(me("ds.supervisor")))).hasStatusOk()
			.bodyText()
			.contains("林小海");
		assertThat(this.audit.countFor(YouthService.AUDIT_SUBJECT, group.getId())).isEqualTo(before + 2);
	}

	@Test
	void listsMaskTheMinorsName() {
		assertThat(this.mvc.get().uri("/youth").with(user(me("ds.supervisor")))).hasStatusOk()
			.bodyText()
			.contains("林**")
			.doesNotContain("林小海", "330921201103150019");
	}

	@Test
	void rejectedReferralKeepsTheInputAndShowsEveryMessage() {
		assertThat(this.mvc.post()
			.uri("/youth")
			.with(user(me("ds.officer")))
			.with(csrf())
			.param("minorName", "郑小北")
			.param("minorIdNumber", "330921201103150018")
			.param("minorBirthDate", "2011-03-15")
			.param("guardianName", "郑大")
			.param("guardianPhone", "12345")
			.param("source", "SCHOOL")
			.param("referralReference", "")
			.param("situation", "厌学")
			.param("referredOn", "2026-11-01")
			.param("reviewOn", "2026-10-01")).hasStatusOk()
			.bodyText()
			.contains("郑小北", "厌学", "身份证号码无效", "手机号或座机号格式不正确", "评估日期不能早于转介日期");
	}

	@Test
	void refusesReferringAnAdultWithTheReasonOnTheBirthDate() {
		assertThat(this.mvc.post()
			.uri("/youth")
			.with(user(me("ds.officer")))
			.with(csrf())
			.param("minorName", "郑大北")
			.param("minorBirthDate", "2000-03-15")
			.param("guardianName", "郑大")
			.param("guardianPhone", "13905800109")
			.param("source", "COMMUNITY")
			.param("referralReference", "岱西社区")
			.param("situation", "x")
			.param("officerId", String.valueOf(me("ds.officer").officerId()))
			.param("referredOn", "2026-11-01")
			.param("reviewOn", "2027-02-01")).hasStatusOk().bodyText().contains("已满十八周岁", "郑大北");
	}

}
