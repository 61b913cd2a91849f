package org.stationops.consultations.web;

import java.time.YearMonth;

import org.junit.jupiter.api.Test;
import org.stationops.audit.AuditService;
import org.stationops.consultations.Channel;
import org.stationops.consultations.Consultation;
import org.stationops.consultations.ConsultationService;
import org.stationops.consultations.MonthlyCount;
import org.stationops.consultations.Topic;
import org.stationops.incidents.IncidentService;
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
class ConsultationWebTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	ConsultationService consultations;

	@Autowired
	IncidentService incidents;

	@Autowired
	AuditService audit;

	OfficerPrincipal me(String username) {
		return (OfficerPrincipal) this.users.loadUserByUsername(username);
	}

	Consultation waiting(Long stationId) {
		return this.consultations.list(Scope.station(stationId), null, null, null, true, PageRequest.of(0, 5))
			.getContent()
			.get(0);
	}

	@Test
	void listsMaskPhonesAndDetailShowsThemAudited() {
		Long ds = me("ds.officer").stationId();
		Consultation dispute = this.consultations
			.list(Scope.station(ds), null, Channel.HOTLINE, Topic.DISPUTE, false, PageRequest.of(0, 5))
			.getContent()
			.get(0);
		assertThat(this.mvc.get().uri("/consultations").with(user(me("ds.officer")))).hasStatusOk()
			.bodyText()
			.contains("139****0411")
			.doesNotContain("13905800411", "周女士");
		long before = this.audit.countFor(ConsultationService.AUDIT_SUBJECT, dispute.getId());
		assertThat(this.mvc.get().uri("/consultations/{id}", dispute.getId()).with(user(me("ds.officer"))))
			.hasStatusOk()
			.bodyText()
			.contains("13905800411");
		assertThat(this.audit.countFor(ConsultationService.AUDIT_SUBJECT, dispute.getId())).isEqualTo(before + 1);
		assertThat(this.mvc.get().uri("/consultations/{id}", dispute.getId()).with(user(me("ml.officer"))))
			.hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void opensAnIncidentFromAConsultationInOneStep() {
		Long ds = me("ds.officer").stationId();
		Consultation c = this.consultations.register(Scope.station(ds), ds,
				new org.stationops.consultations.ConsultationDetails(Channel.WORK_ACCOUNT, Topic.FRAUD_HELP, "潘先生",
						"13905800499", "冒充客服让我下载会议软件共享屏幕", java.time.Instant.now().minusSeconds(600)),
				"周涛");
		assertThat(this.mvc.post()
			.uri("/consultations/{id}/incident", c.getId())
			.with(user(me("ds.officer")))
			.with(csrf())
			.param("categoryCode", "CRIMINAL.FRAUD")
			.param("location", "")
			.param("version", String.valueOf(c.getVersion()))).hasStatusOk().bodyText().contains("冒充客服");
		assertThat(this.mvc.post()
			.uri("/consultations/{id}/incident", c.getId())
			.with(user(me("ds.officer")))
			.with(csrf())
			.param("categoryCode", "CRIMINAL.FRAUD")
			.param("location", "岱山街道（网络）")
			.param("version", String.valueOf(c.getVersion()))).hasRedirectedUrl("/consultations/" + c.getId());
		Consultation done = this.consultations.get(Scope.station(ds), c.getId());
		assertThat(done.becameIncident()).isTrue();
		assertThat(this.incidents.get(Scope.station(ds), done.getIncidentId()).getDescription())
			.isEqualTo("冒充客服让我下载会议软件共享屏幕");
		assertThat(done.getIncidentReceipt()).isNotBlank();
	}

	@Test
	void answeringRecordsTheTimeToAnswerAndRefusesASecondAnswer() {
		Long ds = me("ds.officer").stationId();
		Consultation c = waiting(ds);
		assertThat(this.mvc.post()
			.uri("/consultations/{id}/answer", c.getId())
			.with(user(me("ds.officer")))
			.with(csrf())
			.param("answer", "")
			.param("version", String.valueOf(c.getVersion()))).hasStatusOk();
		assertThat(this.mvc.post()
			.uri("/consultations/{id}/answer", c.getId())
			.with(user(me("ds.officer")))
			.with(csrf())
			.param("answer", "停车场台风期间关闭，请停放至县城立体车库。")
			.param("version", String.valueOf(c.getVersion()))).hasRedirectedUrl("/consultations/" + c.getId());
		Consultation answered = this.consultations.get(Scope.station(ds), c.getId());
		assertThat(answered.getMinutesToAnswer()).isNotNull().isGreaterThanOrEqualTo(0L);
	}

	@Test
	void countsTheMonthPerChannelAndTopic() {
		Long ml = me("ml.officer").stationId();
		assertThat(this.consultations.monthlyCounts(Scope.station(ml), null,
				YearMonth.now(org.stationops.shared.StationTime.ZONE)))
			.extracting(MonthlyCount::channel, MonthlyCount::topic, MonthlyCount::count)
			.contains(org.assertj.core.groups.Tuple.tuple(Channel.HOTLINE, Topic.FRAUD_HELP, 1L));
		assertThat(this.mvc.get().uri("/consultations/report").with(user(me("ml.officer")))).hasStatusOk()
			.bodyText()
			.contains("咨询热线", "涉诈求助");
	}

	@Test
	void rejectedIntakeKeepsTheInputAndShowsEveryMessage() {
		assertThat(this.mvc.post()
			.uri("/consultations")
			.with(user(me("ds.officer")))
			.with(csrf())
			.param("channel", "HOTLINE")
			.param("topic", "OTHER")
			.param("personName", "韩先生")
			.param("personPhone", "12")
			.param("question", "")
			.param("receivedAt", "2026-12-01T09:00")).hasStatusOk().bodyText().contains("韩先生", "手机号或座机号格式不正确");
	}

}
