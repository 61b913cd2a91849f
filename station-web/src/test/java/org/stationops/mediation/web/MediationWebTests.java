package org.stationops.mediation.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.stationops.audit.AuditService;
import org.stationops.incidents.IncidentDetails;
import org.stationops.incidents.IncidentService;
import org.stationops.incidents.IncidentSource;
import org.stationops.mediation.Dispute;
import org.stationops.mediation.DisputeFiles;
import org.stationops.mediation.DisputeService;
import org.stationops.mediation.DisputeStatus;
import org.stationops.shared.Scope;
import org.stationops.shared.web.OfficerPrincipal;
import org.stationops.support.StationWebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

@StationWebTest
class MediationWebTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	DisputeService disputes;

	@Autowired
	DisputeFiles files;

	@Autowired
	AuditService audit;

	@Autowired
	IncidentService incidents;

	@Autowired
	org.stationops.liaison.EnterpriseService enterprises;

	OfficerPrincipal as(String username) {
		return (OfficerPrincipal) this.users.loadUserByUsername(username);
	}

	Dispute demo(String title) {
		return this.disputes.list(Scope.bureau(), null, PageRequest.of(0, 200))
			.stream()
			.filter(d -> d.getTitle().equals(title))
			.findFirst()
			.orElseThrow();
	}

	Long register(String title) {
		MvcTestResult result = this.mvc.post()
			.uri("/mediation")
			.with(user(as("ml.officer")))
			.with(csrf())
			.param("stationId", String.valueOf(as("ml.officer").stationId()))
			.param("kind", "PEOPLE")
			.param("source", "WALK_IN")
			.param("categoryCode", "NEIGHBOUR")
			.param("title", title)
			.param("headcount", "2")
			.param("riskGrade", "BLUE")
			.param("registeredOn", LocalDate.now().minusDays(2).toString())
			.exchange();
		assertThat(result.getResponse().getStatus()).as(() -> errors(result)).isEqualTo(302);
		String location = result.getResponse().getRedirectedUrl();
		return Long.valueOf(location.substring(location.lastIndexOf('/') + 1));
	}

	static String errors(MvcTestResult result) {
		try {
			String body = result.getResponse().getContentAsString();
			java.util.regex.Matcher m = java.util.regex.Pattern
				.compile("(invalid-feedback\">[^<]*<|alert-danger[^>]*>\\s*<p[^>]*>[^<]*<)")
				.matcher(body);
			StringBuilder found = new StringBuilder();
			while (m.find()) {
				found.append(m.group()).append('\n');
			}
			return found + String.valueOf(result.getMvcResult()
				.getModelAndView()
				.getModel()
				.get("org.springframework.validation.BindingResult.form"));
		}
		catch (java.io.UnsupportedEncodingException ex) {
			return ex.toString();
		}
	}

	@Test
	void filtersByMediatingOfficerAndThePagerKeepsStatusAndOfficer() {
		OfficerPrincipal officer = as("ml.officer");
		Long assigned = register("由本人调解的纠纷");
		Long other = register("他人调解的纠纷");
		Dispute dispute = this.disputes.get(officer.scope(), assigned);
		this.disputes.addMediator(officer.scope(), assigned, dispute.getVersion(), officer.officerId(), null);
		for (int i = 0; i < 21; i++) {
			register("分页纠纷 " + i);
		}

		assertThat(this.mvc.get().uri("/mediation?status=OPEN&officerId=" + officer.officerId()).with(user(officer)))
			.hasStatusOk()
			.bodyText()
			.contains("由本人调解的纠纷")
			.doesNotContain("他人调解的纠纷")
			.contains("id=\"officer-filter\"");
		assertThat(this.mvc.get().uri("/mediation?status=OPEN").with(user(officer))).hasStatusOk()
			.bodyText()
			.contains("/mediation?status=OPEN&amp;page=1");
		assertThat(other).isNotNull();
	}

	@Test
	void listsTheStationsDisputesAndAnswers404ForAnotherStations() {
		Dispute rental = demo("工业区租户与业主房屋租金纠纷");
		assertThat(this.mvc.get().uri("/mediation?status=CLOSED").with(user(as("ml.officer")))).hasStatusOk()
			.bodyText()
			.contains("工业区租户与业主房屋租金纠纷")
			.doesNotContain("电动车剐蹭赔偿纠纷", "楼上卫生间漏水邻里纠纷");
		assertThat(this.mvc.get().uri("/mediation/" + rental.getId()).with(user(as("ds.officer"))))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/mediation/" + rental.getId() + "/agreement.pdf").with(user(as("ds.officer"))))
			.hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void keepsTheInputAndExplainsErrorsInChineseOrEnglish() {
		assertThat(this.mvc.post()
			.uri("/mediation")
			.with(user(as("ml.officer")))
			.with(csrf())
			.param("stationId", String.valueOf(as("ml.officer").stationId()))
			.param("kind", "PEOPLE")
			.param("source", "WALK_IN")
			.param("categoryCode", "")
			.param("title", "")
			.param("place", "梅陇一村 5 号")
			.param("headcount", "2")
			.param("riskGrade", "BLUE")
			.param("registeredOn", "2026-11-01")).hasStatusOk().bodyText().contains("梅陇一村 5 号", "必填");
		assertThat(this.mvc.post()
			.uri("/mediation")
			.with(user(as("ml.officer")))
			.with(csrf())
			.param("stationId", String.valueOf(as("ml.officer").stationId()))
			.param("kind", "PEOPLE")
			.param("source", "WALK_IN")
			.param("categoryCode", "NEIGHBOUR")
			.param("title", "噪音扰民")
			.param("headcount", "abc")
			.param("riskGrade", "BLUE")
			.param("registeredOn", "2026-13-45")).hasStatusOk().bodyText().contains("噪音扰民", "请输入整数", "请输入日期");
		assertThat(this.mvc.post()
			.uri("/mediation?lang=en")
			.with(user(as("ml.officer")))
			.with(csrf())
			.param("stationId", String.valueOf(as("ml.officer").stationId()))
			.param("kind", "PEOPLE")
			.param("source", "WALK_IN")
			.param("categoryCode", "NEIGHBOUR")
			.param("title", "Noise")
			.param("headcount", "2")
			.param("riskGrade", "BLUE")
			.param("escalated", "true")
			.param("registeredOn", LocalDate.now().toString())).hasStatusOk()
			.bodyText()
			.contains("Give a reason for the escalation");
	}

	@Test
	void refusesPoliceMediationWithoutAnOpenAdministrativeCase() {
		assertThat(this.mvc.post()
			.uri("/mediation")
			.with(user(as("ml.officer")))
			.with(csrf())
			.param("stationId", String.valueOf(as("ml.officer").stationId()))
			.param("kind", "POLICE")
			.param("source", "INCIDENT")
			.param("categoryCode", "NEIGHBOUR")
			.param("title", "邻居推搡")
			.param("headcount", "2")
			.param("riskGrade", "BLUE")
			.param("caseId", "999999")
			.param("offenceCode", "ASSAULT")
			.param("groundCode", "TRIVIAL_MATTERS")
			.param("registeredOn", LocalDate.now().toString())).hasStatusOk().bodyText().contains("找不到该治安案件");
	}

	@Test
	void refusesASessionBeforeTheRegistrationWithAClearMessage() {
		Long id = register("测试：楼道堆物纠纷");
		Dispute d = this.disputes.get(Scope.bureau(), id);
		assertThat(this.mvc.post()
			.uri("/mediation/" + id + "/sessions")
			.with(user(as("ml.officer")))
			.with(csrf())
			.param("version", String.valueOf(d.getVersion()))
			.param("heldOn", d.getRegisteredOn().minusDays(1).toString())
			.param("mode", "IN_PERSON")
			.param("participants", "双方当事人")
			.param("record", "听取意见")).hasStatusOk().bodyText().contains("调解日期不能早于登记日期", "听取意见");
	}

	@Test
	void refusesAnAgreementWithoutItsRequiredContents() {
		Long id = register("测试：空调外机噪音纠纷");
		Dispute d = this.disputes.get(Scope.bureau(), id);
		assertThat(this.mvc.post()
			.uri("/mediation/" + id + "/agreement")
			.with(user(as("ml.officer")))
			.with(csrf())
			.param("version", String.valueOf(d.getVersion()))
			.param("reachedOn", LocalDate.now().toString())
			.param("facts", "外机噪音扰民")
			.param("responsibilities", "")
			.param("terms", "移位外机")
			.param("performanceManner", "")
			.param("performanceDeadline", LocalDate.now().plusDays(5).toString())).hasStatusOk()
			.bodyText()
			.contains("外机噪音扰民", "必填");
		assertThat(this.mvc.post()
			.uri("/mediation/" + id + "/agreement")
			.with(user(as("ml.officer")))
			.with(csrf())
			.param("version", String.valueOf(d.getVersion()))
			.param("reachedOn", LocalDate.now().toString())
			.param("facts", "外机噪音扰民")
			.param("responsibilities", "安装方负责")
			.param("terms", "移位外机")
			.param("performanceManner", "自行移位")
			.param("performanceDeadline", LocalDate.now().plusDays(5).toString())).hasStatusOk()
			.bodyText()
			.contains("请先记录至少一次调解");
	}

	@Test
	void refusesAStaleVersion() {
		Long id = register("测试：宠物扰民纠纷");
		assertThat(this.mvc.post()
			.uri("/mediation/" + id + "/parties")
			.with(user(as("ml.officer")))
			.with(csrf())
			.param("version", "-5")
			.param("partyType", "PERSON")
			.param("role", "APPLICANT")
			.param("name", "钱七")).hasStatusOk().bodyText().contains("该记录已被他人修改");
	}

	@Test
	void validatesAPartysIdNumberAndMasksItInTheFileButLogsTheFullView() {
		Long id = register("测试：借款纠纷");
		Dispute d = this.disputes.get(Scope.bureau(), id);
		assertThat(this.mvc.post()
			.uri("/mediation/" + id + "/parties")
			.with(user(as("ml.officer")))
			.with(csrf())
			.param("version", String.valueOf(d.getVersion()))
			.param("partyType", "PERSON")
			.param("role", "APPLICANT")
			.param("name", "钱七")
			.param("idNumber", "110105194912310021")).hasStatusOk().bodyText().contains("110105194912310021");
		assertThat(this.mvc.post()
			.uri("/mediation/" + id + "/parties")
			.with(user(as("ml.officer")))
			.with(csrf())
			.param("version", String.valueOf(d.getVersion()))
			.param("partyType", "PERSON")
			.param("role", "APPLICANT")
			.param("name", "钱七")
			.param("phone", "13912345678")
			.param("idNumber", "11010519491231002X")).hasStatus(HttpStatus.FOUND);
		assertThat(this.mvc.get().uri("/mediation/" + id).with(user(as("ml.officer")))).bodyText()
			.contains("110***********002X", "139****5678")
			.doesNotContain("11010519491231002X");
		long before = this.audit.countFor("dispute-parties", id);
		assertThat(this.mvc.get().uri("/mediation/" + id + "/parties").with(user(as("ml.officer")))).bodyText()
			.contains("11010519491231002X", "13912345678");
		assertThat(this.audit.countFor("dispute-parties", id)).isEqualTo(before + 1);
	}

	@Test
	void keepsThePartyFormWhenTheEnterpriseIdIsNotANumber() {
		Long id = register("测试：企业编号填成字母");
		Dispute d = this.disputes.get(Scope.bureau(), id);
		assertThat(this.mvc.post()
			.uri("/mediation/" + id + "/parties")
			.with(user(as("ml.officer")))
			.with(csrf())
			.param("version", String.valueOf(d.getVersion()))
			.param("partyType", "ENTERPRISE")
			.param("role", "RESPONDENT")
			.param("name", "字母测试有限公司")
			.param("enterpriseId", "abc")).hasStatusOk().bodyText().contains("请输入整数", "字母测试有限公司");
	}

	@Test
	void refusesADisputeNamingAnIncidentOfAnotherStationOrNone() {
		Long daishan = as("ds.officer").stationId();
		for (String incident : List.of("987654321", "abc")) {
			assertThat(this.mvc.post()
				.uri("/mediation")
				.with(user(as("ml.officer")))
				.with(csrf())
				.param("stationId", String.valueOf(as("ml.officer").stationId()))
				.param("kind", "PEOPLE")
				.param("source", "INCIDENT")
				.param("categoryCode", "NEIGHBOUR")
				.param("title", "测试：伪造警情编号")
				.param("headcount", "2")
				.param("riskGrade", "BLUE")
				.param("incidentId", incident)
				.param("registeredOn", LocalDate.now().minusDays(1).toString())).as(incident)
				.hasStatusOk()
				.bodyText()
				.contains("测试：伪造警情编号", incident.equals("abc") ? "测试：伪造警情编号" : "找不到所转来的警情");
		}
		Long otherStations = this.incidents
			.register(Scope.station(daishan), daishan,
					new IncidentDetails(Instant.now().minusSeconds(600), IncidentSource.EMERGENCY_110,
							"PUBLIC_ORDER.DISPUTE", "岱山路 1 号", null, null, null, "周测试", "13912340009", "",
							"邻里纠纷（测试：他所警情）"),
					null, null, "ds.officer")
			.getId();
		assertThat(this.mvc.post()
			.uri("/mediation")
			.with(user(as("ml.officer")))
			.with(csrf())
			.param("stationId", String.valueOf(as("ml.officer").stationId()))
			.param("kind", "PEOPLE")
			.param("source", "INCIDENT")
			.param("categoryCode", "NEIGHBOUR")
			.param("title", "测试：他所警情")
			.param("headcount", "2")
			.param("riskGrade", "BLUE")
			.param("incidentId", String.valueOf(otherStations))
			.param("registeredOn", LocalDate.now().minusDays(1).toString())).hasStatusOk()
			.bodyText()
			.contains("找不到所转来的警情");
	}

	@Test
	void addsAnEnterprisePartyFromTheLiaisonRegister() {
		Long id = register("测试：商铺装修扰民纠纷");
		Dispute d = this.disputes.get(Scope.bureau(), id);
		org.stationops.liaison.Enterprise enterprise = this.enterprises
			.search(Scope.station(d.getStationId()), "", null, null, PageRequest.of(0, 1))
			.getContent()
			.get(0);
		assertThat(this.mvc.post()
			.uri("/mediation/" + id + "/parties")
			.with(user(as("ml.officer")))
			.with(csrf())
			.param("version", String.valueOf(d.getVersion()))
			.param("partyType", "PERSON")
			.param("role", "RESPONDENT")
			.param("enterpriseId", String.valueOf(enterprise.getId()))).hasStatus(HttpStatus.FOUND);
		assertThat(this.files.file(Scope.bureau(), id).parties()).singleElement().satisfies(p -> {
			assertThat(p.getName()).isEqualTo(enterprise.getName());
			assertThat(p.getPartyType()).isEqualTo(org.stationops.mediation.PartyType.ENTERPRISE);
		});
	}

	@Test
	void onlyASupervisorApprovesAClosure() {
		Dispute parking = demo("小区停车费物业纠纷");
		assertThat(parking.getStatus()).isEqualTo(DisputeStatus.CLOSURE_REQUESTED);
		assertThat(this.mvc.post()
			.uri("/mediation/" + parking.getId() + "/closure/approve")
			.with(user(as("ml.officer")))
			.with(csrf())
			.param("version", String.valueOf(parking.getVersion()))).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.post()
			.uri("/mediation/" + parking.getId() + "/closure/return")
			.with(user(as("ml.supervisor")))
			.with(csrf())
			.param("version", String.valueOf(parking.getVersion()))
			.param("reason", "")).hasStatusOk().bodyText().contains("必填");
		assertThat(this.mvc.post()
			.uri("/mediation/" + parking.getId() + "/closure/approve")
			.with(user(as("ml.supervisor")))
			.with(csrf())
			.param("version", String.valueOf(parking.getVersion()))).hasStatus(HttpStatus.FOUND);
		assertThat(this.disputes.get(Scope.bureau(), parking.getId()).getStatus()).isEqualTo(DisputeStatus.CLOSED);
	}

	@Test
	void showsTheEscalationToTheSupervisorInTheAppAndOnTheDashboard() {
		assertThat(this.mvc.get().uri("/mediation/notifications").with(user(as("ml.supervisor")))).hasStatusOk()
			.bodyText()
			.contains("装修工人集体讨薪纠纷", "工人扬言堵路");
		assertThat(this.mvc.get().uri("/").with(user(as("ml.supervisor")))).hasStatusOk().bodyText().contains("升级通知");
		assertThat(this.mvc.get().uri("/").with(user(as("ml.officer")))).hasStatusOk()
			.bodyText()
			.contains("我承办的调解", "待回访", "楼上卫生间漏水邻里纠纷");
	}

	@Test
	void printsTheAgreementWithPartiesTermsAndSignatureLinesInChinese() throws Exception {
		Dispute rental = demo("工业区租户与业主房屋租金纠纷");
		MvcTestResult result = this.mvc.get()
			.uri("/mediation/" + rental.getId() + "/agreement.pdf")
			.with(user(as("ml.officer")))
			.exchange();
		assertThat(result).hasStatusOk().hasContentType("application/pdf");
		try (PDDocument pdf = Loader.loadPDF(result.getResponse().getContentAsByteArray())) {
			String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
			assertThat(text).contains("人民调解协议书", rental.getFileNumber(), "刘建国", "陈美华", "本季度租金维持原价",
					"当事人（签名/盖章/按指印）：刘建国", "当事人（签名/盖章/按指印）：陈美华", "调解员（签名）：张伟", "调解员（签名）：王秀英", "三十日内", "人民调解委员会（印章）");
		}
		MvcTestResult record = this.mvc.get()
			.uri("/mediation/" + rental.getId() + "/record.pdf")
			.with(user(as("ml.officer")))
			.exchange();
		try (PDDocument pdf = Loader.loadPDF(record.getResponse().getContentAsByteArray())) {
			String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
			assertThat(text).contains("调解笔录", "租户门口", "当事人（签名/按指印）：刘建国", "调解员（签名）：王秀英");
		}
	}

	@Test
	void reportsAPeriodAndExportsItToXlsxWithAnAuditEntry() {
		String from = LocalDate.now().minusDays(60).toString();
		String to = LocalDate.now().toString();
		assertThat(this.mvc.get().uri("/mediation/report?from=" + from + "&to=" + to).with(user(as("ml.supervisor"))))
			.hasStatusOk()
			.bodyText()
			.contains("调解成功率", "房屋租赁纠纷");
		assertThat(this.mvc.get().uri("/mediation/report?from=" + to + "&to=" + from).with(user(as("ml.supervisor"))))
			.hasStatusOk()
			.bodyText()
			.contains("截止日期不能早于起始日期");
		assertThat(
				this.mvc.get().uri("/mediation/report/data?from=" + from + "&to=" + to).with(user(as("ml.supervisor"))))
			.hasStatusOk()
			.bodyJson()
			.extractingPath("$.byCategory")
			.isNotNull();
		MvcTestResult xlsx = this.mvc.get()
			.uri("/mediation/report/export?from=" + from + "&to=" + to)
			.with(user(as("ml.supervisor")))
			.exchange();
		assertThat(xlsx).hasStatusOk();
		assertThat(xlsx.getResponse().getContentAsByteArray()).startsWith(new byte[] { 'P', 'K' });
		assertThat(this.audit.countFor("mediation-report", from + ".." + to)).isPositive();
		assertThat(this.mvc.get().uri("/mediation/report/export").with(user(as("ml.officer"))))
			.hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void registersAReferredIncidentOnceAndLetsTheOfficerCorrectIt() {
		Long station = as("ml.officer").stationId();
		Dispute d = this.disputes.registerFromIncident(515151L, station, as("ml.officer").officerId(),
				"PUBLIC_ORDER.NOISE", "楼上装修噪音扰民\n报警人称持续三天", LocalDate.now().minusDays(1));
		assertThat(d.getCategoryCode()).isEqualTo("NEIGHBOUR");
		assertThat(d.getTitle()).isEqualTo("楼上装修噪音扰民");
		assertThat(this.disputes
			.registerFromIncident(515151L, station, as("ml.officer").officerId(), "PUBLIC_ORDER.NOISE", "again",
					LocalDate.now())
			.getId()).isEqualTo(d.getId());
		assertThat(this.files.file(Scope.bureau(), d.getId()).mediators()).hasSize(1);
		assertThat(this.mvc.get().uri("/mediation/by-incident/515151").with(user(as("ml.officer")))).redirectedUrl()
			.isEqualTo("/mediation/" + d.getId());
		Dispute current = this.disputes.get(Scope.bureau(), d.getId());
		assertThat(this.mvc.post()
			.uri("/mediation/" + d.getId() + "/edit")
			.with(user(as("ml.officer")))
			.with(csrf())
			.param("stationId", String.valueOf(station))
			.param("kind", "PEOPLE")
			.param("source", "INCIDENT")
			.param("categoryCode", "PROPERTY_MANAGEMENT")
			.param("title", "装修噪音物业纠纷")
			.param("headcount", "3")
			.param("riskGrade", "BLUE")
			.param("registeredOn", current.getRegisteredOn().toString())
			.param("version", String.valueOf(current.getVersion()))).hasStatus(HttpStatus.FOUND);
		assertThat(this.disputes.get(Scope.bureau(), d.getId()).getCategoryCode()).isEqualTo("PROPERTY_MANAGEMENT");
	}

	@Test
	void sendsAReferredIncidentToItsDisputeOrToARegistration() {
		assertThat(this.mvc.get().uri("/mediation/by-incident/424242").with(user(as("ml.officer"))))
			.hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.isEqualTo("/mediation/new?incidentId=424242");
	}

}
