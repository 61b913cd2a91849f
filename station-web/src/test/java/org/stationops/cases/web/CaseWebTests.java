package org.stationops.cases.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.stationops.audit.AuditService;
import org.stationops.cases.CaseActor;
import org.stationops.cases.CaseDetails;
import org.stationops.cases.CaseFile;
import org.stationops.cases.CaseFilter;
import org.stationops.cases.CaseKind;
import org.stationops.cases.CaseReviewService;
import org.stationops.cases.CaseService;
import org.stationops.cases.Decision;
import org.stationops.cases.DecisionFacts;
import org.stationops.cases.EventType;
import org.stationops.cases.CaseStage;
import org.stationops.cases.FilingTrack;
import org.stationops.cases.Suspect;
import org.stationops.cases.SuspectStatus;
import org.stationops.shared.Scope;
import org.stationops.shared.StationTime;
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
class CaseWebTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	CaseService cases;

	@Autowired
	CaseReviewService reviews;

	@Autowired
	AuditService audit;

	OfficerPrincipal principal(String username) {
		return (OfficerPrincipal) this.users.loadUserByUsername(username);
	}

	CaseFile openAt(String username, String title, CaseKind kind) {
		OfficerPrincipal me = principal(username);
		CaseDetails details = new CaseDetails(title, kind, null, "测试", me.officerId(), "",
				Instant.now().minus(1, ChronoUnit.HOURS), false, FilingTrack.STANDARD, BigDecimal.ZERO,
				BigDecimal.ZERO);
		return this.cases.open(me.scope(), me.stationId(), details, new CaseActor(me.officerId(), me.displayName()),
				null, null);
	}

	@Test
	void opensACaseInStageAcceptedFromTheForm() {
		String title = "测试盗窃案-" + UUID.randomUUID();
		assertThat(this.mvc.post()
			.uri("/cases")
			.with(user(principal("ml.officer")))
			.with(csrf())
			.param("title", title)
			.param("kind", "CRIMINAL")
			.param("leadOfficerId", principal("ml.officer").officerId().toString())
			.param("acceptedAt", "2026-11-20T09:30")
			.param("filingTrack", "STANDARD")
			.param("lossAmount", "1200.50")
			.param("recoveredAmount", "0")).hasStatus(HttpStatus.FOUND);
		CaseFile created = this.cases
			.list(principal("ml.officer").scope(), new CaseFilter(null, null, null, null, null, title),
					PageRequest.of(0, 5))
			.getContent()
			.get(0);
		assertThat(created.getStage()).isEqualTo(CaseStage.ACCEPTED);
		assertThat(created.getCaseNumber()).startsWith("X2026-");
		assertThat(created.getDeadlineAt()).isNotNull();
	}

	@Test
	void aDoubleSubmittedFormOpensOneCase() {
		String key = UUID.randomUUID().toString();
		String title = "重复提交-" + key;
		String first = submitWithKey(title, key);
		String second = submitWithKey(title, key);
		assertThat(second).isEqualTo(first);
		assertThat(this.cases
			.list(principal("ml.officer").scope(), new CaseFilter(null, null, null, null, null, title),
					PageRequest.of(0, 5))
			.getTotalElements()).isEqualTo(1);
	}

	@Test
	void refusesALeadOfficerFromAnotherStationAndKeepsTheInput() {
		String title = "跨所主办测试-" + UUID.randomUUID();
		assertThat(this.mvc.post()
			.uri("/cases")
			.with(user(principal("ml.officer")))
			.with(csrf())
			.param("title", title)
			.param("kind", "CRIMINAL")
			.param("leadOfficerId", principal("ds.officer").officerId().toString())
			.param("acceptedAt", "2026-11-20T09:30")
			.param("filingTrack", "STANDARD")
			.param("lossAmount", "0")
			.param("recoveredAmount", "0")).hasStatusOk().bodyText().contains(title, "主办民警须为本所在职民警");
		assertThat(this.cases.list(principal("ml.officer").scope(), new CaseFilter(null, null, null, null, null, title),
				PageRequest.of(0, 5)))
			.isEmpty();
	}

	private String submitWithKey(String title, String key) {
		return this.mvc.post()
			.uri("/cases")
			.with(user(principal("ml.officer")))
			.with(csrf())
			.param("title", title)
			.param("kind", "ADMINISTRATIVE")
			.param("leadOfficerId", principal("ml.officer").officerId().toString())
			.param("acceptedAt", "2026-11-20T09:30")
			.param("filingTrack", "STANDARD")
			.param("submissionKey", key)
			.exchange()
			.getResponse()
			.getRedirectedUrl();
	}

	@Test
	void keepsTheInputAndExplainsEachErrorInChinese() {
		assertThat(this.mvc.post()
			.uri("/cases")
			.with(user(principal("ml.officer")))
			.with(csrf())
			.param("title", "")
			.param("summary", "保留的案情描述")
			.param("kind", "CRIMINAL")
			.param("leadOfficerId", principal("ml.officer").officerId().toString())
			.param("acceptedAt", "2099-01-01T10:00")
			.param("filingTrack", "STANDARD")
			.param("lossAmount", "-1")).hasStatusOk()
			.bodyText()
			.contains("保留的案情描述", "必填", "受案时间不能晚于现在", "-1", "请输入不为负的金额");
		assertThat(this.mvc.post()
			.uri("/cases")
			.with(user(principal("ml.officer")))
			.with(csrf())
			.param("title", "")
			.param("kind", "CRIMINAL")
			.param("leadOfficerId", principal("ml.officer").officerId().toString())
			.param("acceptedAt", "2026-11-20T09:30")
			.param("filingTrack", "STANDARD")
			.param("lossAmount", "abc")).hasStatusOk().bodyText().contains("abc", "必填", "请输入不为负的金额");
	}

	@Test
	void explainsErrorsInEnglishWhenAskedTo() {
		assertThat(this.mvc.post()
			.uri("/cases?lang=en")
			.with(user(principal("ds.officer")))
			.with(csrf())
			.param("title", "")
			.param("kind", "CRIMINAL")
			.param("leadOfficerId", principal("ds.officer").officerId().toString())
			.param("acceptedAt", "2026-11-20T09:30")
			.param("filingTrack", "STANDARD")
			.param("lossAmount", "-5")).hasStatusOk().bodyText().contains("Required", "Enter a non-negative amount");
		this.mvc.get().uri("/cases?lang=zh-CN").with(user(principal("ds.officer"))).exchange();
	}

	@Test
	void anotherStationsCaseAnswers404() {
		CaseFile meilong = openAt("ml.officer", "梅陇案件-" + UUID.randomUUID(), CaseKind.CRIMINAL);
		assertThat(this.mvc.get().uri("/cases/" + meilong.getId()).with(user(principal("ds.officer"))))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.post()
			.uri("/cases/" + meilong.getId() + "/notes")
			.with(user(principal("ds.officer")))
			.with(csrf())
			.param("text", "越权")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/cases/" + meilong.getId()).with(user(principal("bureau")))).hasStatusOk();
	}

	@Test
	void listsOnlyTheOwnStationsCases() {
		String title = "岱山专属-" + UUID.randomUUID();
		openAt("ds.officer", title, CaseKind.ADMINISTRATIVE);
		assertThat(this.mvc.get().uri("/cases?q=" + title).with(user(principal("ml.officer")))).hasStatusOk()
			.bodyText()
			.contains("没有符合条件的案件");
		assertThat(this.mvc.get().uri("/cases?q=" + title).with(user(principal("ds.officer")))).hasStatusOk()
			.bodyText()
			.contains(title);
	}

	@Test
	void refusesAStaleSaveAndShowsWhatChanged() {
		CaseFile caseFile = openAt("ml.officer", "并发编辑-" + UUID.randomUUID(), CaseKind.ADMINISTRATIVE);
		String baseline = Baseline.encode(caseFile.details().asMap());
		OfficerPrincipal me = principal("ml.officer");
		CaseDetails colleague = new CaseDetails("同事改过的名称", caseFile.getKind(), null, caseFile.getSummary(),
				caseFile.getLeadOfficerId(), "", caseFile.getAcceptedAt(), false, FilingTrack.STANDARD, BigDecimal.TEN,
				BigDecimal.ZERO);
		this.cases.update(me.scope(), caseFile.getId(), caseFile.getVersion(), colleague,
				new CaseActor(me.officerId(), "同事"));
		assertThat(this.mvc.post()
			.uri("/cases/" + caseFile.getId())
			.with(user(me))
			.with(csrf())
			.param("title", "我的修改")
			.param("kind", "ADMINISTRATIVE")
			.param("leadOfficerId", me.officerId().toString())
			.param("acceptedAt", "2026-11-20T09:30")
			.param("filingTrack", "STANDARD")
			.param("version", String.valueOf(caseFile.getVersion()))
			.param("baseline", baseline)).hasStatusOk().bodyText().contains("他人已修改", "同事改过的名称", "我的修改", "损失金额");
		assertThat(this.cases.get(me.scope(), caseFile.getId()).getTitle()).isEqualTo("同事改过的名称");
	}

	@Test
	void refusesAnIllegalTransitionWithAClearMessage() {
		CaseFile caseFile = openAt("ml.officer", "非法流转-" + UUID.randomUUID(), CaseKind.CRIMINAL);
		assertThat(this.mvc.post()
			.uri("/cases/" + caseFile.getId() + "/stage")
			.with(user(principal("ml.officer")))
			.with(csrf())
			.param("target", "SOLVED")).hasStatus(HttpStatus.FOUND)
			.flash()
			.containsEntry("caseError", "不能从“受案”转入“破案”。");
		assertThat(this.cases.get(Scope.bureau(), caseFile.getId()).getStage()).isEqualTo(CaseStage.ACCEPTED);
	}

	@Test
	void validatesSuspectIdNumbersAndMasksThemInTheCasePage() {
		CaseFile caseFile = openAt("ml.officer", "嫌疑人-" + UUID.randomUUID(), CaseKind.CRIMINAL);
		assertThat(this.mvc.post()
			.uri("/cases/" + caseFile.getId() + "/suspects")
			.with(user(principal("ml.officer")))
			.with(csrf())
			.param("name", "测试人")
			.param("idNumber", "110105194912310021")
			.param("status", "AT_LARGE")).hasStatusOk().bodyText().contains("身份证号码无效", "110105194912310021");
		assertThat(this.mvc.post()
			.uri("/cases/" + caseFile.getId() + "/suspects")
			.with(user(principal("ml.officer")))
			.with(csrf())
			.param("name", "测试人")
			.param("idNumber", "11010519491231002X")
			.param("status", "AT_LARGE")).hasStatus(HttpStatus.FOUND);
		assertThat(this.mvc.get().uri("/cases/" + caseFile.getId()).with(user(principal("ml.officer")))).hasStatusOk()
			.bodyText()
			.contains("110***********002X")
			.doesNotContain("11010519491231002X");
		Suspect suspect = this.cases.suspects(Scope.bureau(), caseFile.getId()).get(0);
		assertThat(this.mvc.get()
			.uri("/cases/" + caseFile.getId() + "/suspects/" + suspect.getId())
			.with(user(principal("ml.officer")))).hasStatusOk().bodyText().contains("11010519491231002X");
		assertThat(this.audit.countFor("case-suspect", suspect.getId())).isEqualTo(1);
	}

	@Test
	void recordsASuspectsArrivalAndShowsTheQuestioningClockRunningFromIt() {
		CaseFile caseFile = openAt("ml.officer", "到案-" + UUID.randomUUID(), CaseKind.ADMINISTRATIVE);
		OfficerPrincipal me = principal("ml.officer");
		Suspect suspect = this.cases.addSuspect(me.scope(), caseFile.getId(), "丙某", "", SuspectStatus.SUMMONED,
				new CaseActor(me.officerId(), me.displayName()));
		LocalDateTime arrived = LocalDateTime.now(StationTime.ZONE).minusHours(2).truncatedTo(ChronoUnit.MINUTES);
		assertThat(this.mvc.post()
			.uri("/cases/" + caseFile.getId() + "/arrivals")
			.with(user(me))
			.with(csrf())
			.param("suspectId", suspect.getId().toString())
			.param("arrivedAt", arrived.toString())
			.param("ground", "NORMAL")).hasStatus(HttpStatus.FOUND);
		Suspect recorded = this.cases.suspects(me.scope(), caseFile.getId()).get(0);
		assertThat(recorded.getQuestioningDueAt()).isEqualTo(arrived.plusHours(8).atZone(StationTime.ZONE).toInstant());
		String due = arrived.plusHours(8).format(DateTimeFormatter.ofPattern("MM-dd HH:mm"));
		assertThat(this.mvc.get().uri("/cases/" + caseFile.getId()).with(user(me))).hasStatusOk()
			.bodyText()
			.contains("须于 " + due + " 前结束", "questioning-clock", "/js/cases-");
		assertThat(this.cases.timeline(me.scope(), caseFile.getId()))
			.anySatisfy(e -> assertThat(e.getType()).isEqualTo(EventType.SUSPECT_ARRIVED));
	}

	@Test
	void refusesAnArrivalInTheFutureAndKeepsTheInput() {
		CaseFile caseFile = openAt("ml.officer", "未来到案-" + UUID.randomUUID(), CaseKind.ADMINISTRATIVE);
		OfficerPrincipal me = principal("ml.officer");
		Suspect suspect = this.cases.addSuspect(me.scope(), caseFile.getId(), "丁某", "", SuspectStatus.SUMMONED,
				new CaseActor(me.officerId(), me.displayName()));
		String future = LocalDateTime.now(StationTime.ZONE).plusHours(3).truncatedTo(ChronoUnit.MINUTES).toString();
		assertThat(this.mvc.post()
			.uri("/cases/" + caseFile.getId() + "/arrivals")
			.with(user(me))
			.with(csrf())
			.param("suspectId", suspect.getId().toString())
			.param("arrivedAt", future)
			.param("ground", "COMPLEX_DETENTION")).hasStatusOk().bodyText().contains("到案时间不能晚于现在", future);
		assertThat(this.mvc.post()
			.uri("/cases/" + caseFile.getId() + "/arrivals?lang=en")
			.with(user(me))
			.with(csrf())
			.param("suspectId", suspect.getId().toString())
			.param("arrivedAt", future)
			.param("ground", "NORMAL")).hasStatusOk().bodyText().contains("The arrival cannot be later than now.");
		assertThat(this.mvc.post()
			.uri("/cases/" + caseFile.getId() + "/arrivals")
			.with(user(me))
			.with(csrf())
			.param("suspectId", suspect.getId().toString())
			.param("ground", "NORMAL")).hasStatusOk();
		assertThat(this.cases.suspects(me.scope(), caseFile.getId()).get(0).getArrivedAt()).isNull();
	}

	@Test
	void recordsTheOffenceDateAndShowsTheLimitationOnTheCasePage() {
		CaseFile caseFile = openAt("ml.officer", "追究时效-" + UUID.randomUUID(), CaseKind.ADMINISTRATIVE);
		OfficerPrincipal me = principal("ml.officer");
		LocalDate offence = LocalDate.now(StationTime.ZONE).minusDays(10);
		assertThat(this.mvc.post()
			.uri("/cases/" + caseFile.getId() + "/offence")
			.with(user(me))
			.with(csrf())
			.param("offenceDate", offence.toString())).hasStatus(HttpStatus.FOUND);
		assertThat(this.mvc.get().uri("/cases/" + caseFile.getId()).with(user(me))).hasStatusOk()
			.bodyText()
			.contains("追究时效", offence.plusMonths(6) + " 前发现的方可处罚");
		String future = LocalDate.now(StationTime.ZONE).plusDays(2).toString();
		assertThat(this.mvc.post()
			.uri("/cases/" + caseFile.getId() + "/offence?lang=en")
			.with(user(me))
			.with(csrf())
			.param("offenceDate", future)).hasStatusOk().bodyText().contains(future);
		assertThat(this.cases.get(me.scope(), caseFile.getId()).getOffenceDate()).isEqualTo(offence);
	}

	@Test
	void timestampsEverySuspectStatusChangeOnTheTimeline() {
		CaseFile caseFile = openAt("ml.officer", "状态变更-" + UUID.randomUUID(), CaseKind.CRIMINAL);
		OfficerPrincipal me = principal("ml.officer");
		Suspect suspect = this.cases.addSuspect(me.scope(), caseFile.getId(), "甲某", "", SuspectStatus.AT_LARGE,
				new CaseActor(me.officerId(), me.displayName()));
		assertThat(this.mvc.post()
			.uri("/cases/" + caseFile.getId() + "/suspects/" + suspect.getId() + "/status")
			.with(user(me))
			.with(csrf())
			.param("status", "DETAINED")).hasStatus(HttpStatus.FOUND);
		assertThat(this.cases.timeline(me.scope(), caseFile.getId())).anySatisfy(e -> {
			assertThat(e.getDetail()).isEqualTo("甲某");
			assertThat(e.getStatusFrom()).isEqualTo(SuspectStatus.AT_LARGE);
			assertThat(e.getStatusTo()).isEqualTo(SuspectStatus.DETAINED);
		});
	}

	@Test
	void showsTheTimelineInTheReadersLanguageRatherThanAsCodes() {
		CaseFile caseFile = openAt("ml.officer", "时间轴语言-" + UUID.randomUUID(), CaseKind.CRIMINAL);
		OfficerPrincipal me = principal("ml.officer");
		CaseActor actor = new CaseActor(me.officerId(), me.displayName());
		Suspect suspect = this.cases.addSuspect(me.scope(), caseFile.getId(), "乙某", "", SuspectStatus.AT_LARGE, actor);
		this.cases.changeSuspectStatus(me.scope(), caseFile.getId(), suspect.getId(), SuspectStatus.DETAINED, actor);
		this.reviews.takeOver(me.scope(), caseFile.getId(), Decision.FILING, DecisionFacts.of(""), actor,
				new CaseActor(principal("ml.supervisor").officerId(), "所长"), Instant.now());
		assertThat(this.mvc.get().uri("/cases/" + caseFile.getId()).with(user(me))).hasStatusOk()
			.bodyText()
			.contains("乙某：在逃 → 已拘留", "乙某：在逃", "受案 → 立案（导入）")
			.doesNotContain("乙某:AT_LARGE", "ACCEPTED->");
		assertThat(this.mvc.get().uri("/cases/" + caseFile.getId() + "?lang=en").with(user(me))).hasStatusOk()
			.bodyText()
			.contains("乙某: At large → Detained", "Accepted → Filed (imported)");
		this.mvc.get().uri("/cases?lang=zh-CN").with(user(me)).exchange();
	}

	@Test
	void redirectsFromAnIncidentToItsCase() {
		OfficerPrincipal me = principal("ml.officer");
		long incidentId = 900_000L + (System.nanoTime() % 100_000);
		CaseDetails details = new CaseDetails("由警情转来", CaseKind.CRIMINAL, "CRIMINAL.THEFT", "", me.officerId(), "",
				Instant.now(), false, FilingTrack.STANDARD, BigDecimal.ZERO, BigDecimal.ZERO);
		CaseFile caseFile = this.cases.open(me.scope(), me.stationId(), details, CaseActor.system(), incidentId, null);
		assertThat(this.mvc.get().uri("/cases/by-incident/" + incidentId).with(user(me))).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.isEqualTo("/cases/" + caseFile.getId());
		assertThat(this.mvc.get().uri("/cases/by-incident/" + incidentId).with(user(principal("ds.officer"))))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/cases/by-incident/1234567890").with(user(me))).hasStatus(HttpStatus.NOT_FOUND);
	}

}
