package org.stationops.analysis.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.stationops.analysis.AdviceDetails;
import org.stationops.analysis.AdviceQueries;
import org.stationops.analysis.AdviceStatus;
import org.stationops.analysis.AdviceTarget;
import org.stationops.analysis.PatternChange;
import org.stationops.analysis.PreventionAdvice;
import org.stationops.analysis.PreventionAdviceService;
import org.stationops.incidents.IncidentDetails;
import org.stationops.incidents.IncidentService;
import org.stationops.incidents.IncidentSource;
import org.stationops.shared.web.OfficerPrincipal;
import org.stationops.stations.Area;
import org.stationops.stations.StationService;
import org.stationops.support.StationWebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Prevention advice through the pages: supervisors write, send, record the reply and
 * review; officers read; the counts before and after come from the incidents; other
 * stations' advice is not found.
 */
@StationWebTest
class AdviceWebTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	PreventionAdviceService advice;

	@Autowired
	IncidentService incidents;

	@Autowired
	StationService stations;

	OfficerPrincipal as(String username) {
		return (OfficerPrincipal) this.users.loadUserByUsername(username);
	}

	static String body(MvcTestResult result) throws Exception {
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	AdviceQueries.Target compound(OfficerPrincipal me) {
		return this.advice.targets(me.stationId())
			.stream()
			.filter(t -> t.kind() == AdviceTarget.COMPOUND)
			.findFirst()
			.orElseThrow();
	}

	@Test
	void supervisorWritesSendsRecordsTheReplyAndOfficersReadIt() throws Exception {
		OfficerPrincipal me = as("ml.supervisor");
		AdviceQueries.Target target = compound(me);
		String text = "车棚加装照明-" + UUID.randomUUID();
		MvcTestResult created = this.mvc.post()
			.uri("/reports/advice")
			.with(user(me))
			.with(csrf())
			.param("target", "COMPOUND:" + target.id())
			.param("categoryCode", "CRIMINAL.THEFT")
			.param("basis", "热点：22 时")
			.param("advice", text)
			.exchange();
		assertThat(created).hasStatus(HttpStatus.FOUND);
		String location = created.getResponse().getRedirectedUrl();
		assertThat(location).startsWith("/reports/advice/");

		PreventionAdvice written = this.advice.get(me.scope(), Long.valueOf(location.substring(16)));
		assertThat(this.mvc.post()
			.uri(location + "/send")
			.with(user(me))
			.with(csrf())
			.param("version", String.valueOf(written.getVersion()))
			.param("on", this.advice.today().toString())).hasStatus(HttpStatus.FOUND);
		PreventionAdvice sent = this.advice.get(me.scope(), written.getId());
		assertThat(this.mvc.post()
			.uri(location + "/reply")
			.with(user(me))
			.with(csrf())
			.param("version", String.valueOf(sent.getVersion()))
			.param("on", this.advice.today().toString())
			.param("text", "已落实")).hasStatus(HttpStatus.FOUND);
		assertThat(this.advice.get(me.scope(), written.getId()).getStatus()).isEqualTo(AdviceStatus.REPLIED);

		String officerView = body(this.mvc.get().uri(location + "?lang=zh-CN").with(user(as("ml.officer"))).exchange());
		assertThat(officerView).contains(text, "已回复", "已落实").doesNotContain("id=\"advice-review-form\"");
		assertThat(body(this.mvc.get().uri("/reports/advice").with(user(as("ml.officer"))).exchange()))
			.contains(location);
		assertThat(this.mvc.get().uri(location).with(user(as("ds.supervisor"))).exchange())
			.hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void rejectsAdviceWithoutTextOrTargetKeepingTheInputWithMessages() throws Exception {
		String body = body(this.mvc.post()
			.uri("/reports/advice?lang=zh-CN")
			.with(user(as("ml.supervisor")))
			.with(csrf())
			.param("target", "")
			.param("basis", "保留的依据文字")
			.param("advice", " ")
			.exchange());
		assertThat(body).contains("id=\"advice-form\"", "保留的依据文字", "is-invalid");
		String foreign = body(this.mvc.post()
			.uri("/reports/advice?lang=zh-CN")
			.with(user(as("ml.supervisor")))
			.with(csrf())
			.param("target", "COMPOUND:" + compound(as("ds.supervisor")).id())
			.param("advice", "跨所")
			.exchange());
		assertThat(foreign).contains("请选择本所的企业、小区或服务站");
	}

	@Test
	void prefillsTheFormFromAHotspotOrARunOfSimilarIncidentsForSupervisorsOnly() throws Exception {
		OfficerPrincipal me = as("ml.supervisor");
		Area area = this.stations.areas(me.scope(), me.stationId()).get(0);
		String form = body(this.mvc.get()
			.uri("/reports/advice/new?lang=zh-CN&category=CRIMINAL.THEFT&area=" + area.getId() + "&basis=热点依据文字")
			.with(user(me))
			.exchange());
		assertThat(form).contains("热点依据文字", "value=\"CRIMINAL.THEFT\" selected",
				"value=\"" + area.getId() + "\" selected");
		assertThat(this.mvc.get().uri("/reports/advice/new").with(user(as("ml.officer"))).exchange())
			.hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void refusesAStaleEditAndAReviewWithinTheFirstWeekWithItsReason() throws Exception {
		OfficerPrincipal me = as("ml.supervisor");
		PreventionAdvice a = this.advice.write(me.scope(), me.stationId(), new AdviceDetails(AdviceTarget.COMPOUND,
				compound(me).id(), null, null, "", "过期版本-" + UUID.randomUUID()), me.username());
		String stale = body(this.mvc.post()
			.uri("/reports/advice/" + a.getId() + "?lang=zh-CN")
			.with(user(me))
			.with(csrf())
			.param("target", "COMPOUND:" + compound(me).id())
			.param("advice", "新内容")
			.param("version", String.valueOf(a.getVersion() + 5))
			.exchange());
		assertThat(stale).contains("这条建议已被他人修改");
		PreventionAdvice sent = this.advice.send(me.scope(), a.getId(), a.getVersion(), this.advice.today());
		String early = body(this.mvc.post()
			.uri("/reports/advice/" + a.getId() + "/review?lang=zh-CN")
			.with(user(me))
			.with(csrf())
			.param("version", String.valueOf(sent.getVersion()))
			.param("outcome", "IMPROVED")
			.param("note", "保留的评估说明")
			.exchange());
		assertThat(early).contains("发出满 7 天后才能评估", "保留的评估说明");
	}

	@Test
	void countsTheIncidentsOfTheAreaAndCategoryInTheWeeksBeforeAndAfterSending() {
		OfficerPrincipal me = as("ml.officer");
		OfficerPrincipal boss = as("ml.supervisor");
		Area area = this.stations.areas(me.scope(), me.stationId()).get(0);
		PreventionAdvice a = this.advice.write(boss.scope(), boss.stationId(), new AdviceDetails(AdviceTarget.COMPOUND,
				compound(boss).id(), area.getId(), "CRIMINAL.THEFT", "", "前后对比"), boss.username());
		a = this.advice.send(boss.scope(), a.getId(), a.getVersion(), this.advice.today().minusDays(14));
		PatternChange before = this.advice.pattern(a);
		theft(me, area, 10);
		theft(me, area, 11);
		theft(me, area, 17);
		PatternChange after = this.advice.pattern(a);

		assertThat(after.weeks()).isEqualTo(2);
		assertThat(after.afterTotal() - before.afterTotal()).isEqualTo(2);
		assertThat(after.beforeTotal() - before.beforeTotal()).isEqualTo(1);
	}

	void theft(OfficerPrincipal me, Area area, int daysAgo) {
		this.incidents.register(me.scope(), me.stationId(),
				new IncidentDetails(Instant.now().minus(daysAgo, ChronoUnit.DAYS), IncidentSource.WALK_IN,
						"CRIMINAL.THEFT", "防范建议测试-" + UUID.randomUUID(), area.getId(), null, null, "报警人", "13911112222",
						"", "防范建议测试"),
				null, null, me.username());
	}

}
