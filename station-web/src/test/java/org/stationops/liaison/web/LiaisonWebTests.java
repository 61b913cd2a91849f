package org.stationops.liaison.web;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.stationops.shared.CreditCodes;
import org.stationops.audit.AuditService;
import org.stationops.liaison.Enterprise;
import org.stationops.liaison.EnterpriseDetails;
import org.stationops.liaison.EnterpriseKind;
import org.stationops.liaison.EnterpriseService;
import org.stationops.incidents.IncidentFilter;
import org.stationops.incidents.IncidentService;
import org.stationops.incidents.IncidentSource;
import org.stationops.liaison.FraudLeadRaised;
import org.stationops.liaison.ScreeningService;
import org.stationops.shared.Scope;
import org.stationops.shared.web.OfficerPrincipal;
import org.stationops.support.StationWebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

@StationWebTest
@RecordApplicationEvents
class LiaisonWebTests {

	static final AtomicInteger SERIAL = new AtomicInteger(1000);

	@Autowired
	MockMvcTester mvc;

	@Autowired
	IncidentService incidents;

	@Autowired
	org.stationops.liaison.FastChannelService tickets;

	@Autowired
	UserDetailsService users;

	@Autowired
	EnterpriseService enterprises;

	@Autowired
	ScreeningService screenings;

	@Autowired
	AuditService audit;

	@Autowired
	ApplicationEvents events;

	@Autowired
	org.stationops.liaison.LiaisonReportService reports;

	@Autowired
	org.stationops.liaison.VisitService visits;

	@Autowired
	org.stationops.liaison.LiaisonRegisterService registers;

	@Autowired
	org.stationops.officers.OfficerService officers;

	OfficerPrincipal as(String username) {
		return (OfficerPrincipal) this.users.loadUserByUsername(username);
	}

	static String code() {
		return CreditCodes.complete("91310112MA2TW" + String.format("%04d", SERIAL.incrementAndGet()));
	}

	MockMvcTester.MockMvcRequestBuilder post(String username, String name, String creditCode) {
		return this.mvc.post()
			.uri("/liaison/enterprises")
			.with(user(as(username)))
			.with(csrf())
			.param("kind", "COMPANY")
			.param("name", name)
			.param("creditCode", creditCode)
			.param("riskLevel", "LOW")
			.param("headcount", "10");
	}

	Enterprise named(String name) {
		return this.enterprises.search(Scope.bureau(), name, null, null, PageRequest.of(0, 1)).getContent().get(0);
	}

	@Test
	void acceptsTheReferenceCreditCodesOnTheForm() {
		assertThat(post("ml.liaison", "表单校验甲公司", "914403001922038216")).hasStatus(HttpStatus.FOUND);
		assertThat(post("ds.liaison", "表单校验乙公司", "9144030071526726XG")).hasStatus(HttpStatus.FOUND);
		assertThat(named("表单校验甲公司").isCreditCodeWarning()).isFalse();
	}

	@Test
	void refusesAOneCharacterChangeOfEitherCodeAndKeepsTheInput() {
		assertThat(post("ml.liaison", "表单校验丙公司", "914403001922038217")).hasStatusOk()
			.bodyText()
			.contains("表单校验丙公司", "914403001922038217", "信用代码校验位不正确");
		assertThat(post("ml.liaison", "表单校验丙公司", "9144030071526726XH")).hasStatusOk().bodyText().contains("信用代码校验位不正确");
		assertThat(post("ml.liaison", "表单校验丙公司", "9144030071526726X")).hasStatusOk().bodyText().contains("信用代码格式不正确");
	}

	@Test
	void acceptsALegacyCodeOnlyWhenToldAndFlagsIt() {
		assertThat(post("ml.liaison", "旧码企业有限公司", "914403001922038219").param("acceptLegacyCode", "true"))
			.hasStatus(HttpStatus.FOUND);
		Enterprise legacy = named("旧码企业有限公司");
		assertThat(legacy.isCreditCodeWarning()).isTrue();
		assertThat(this.mvc.get().uri("/liaison/enterprises/" + legacy.getId()).with(user(as("ml.officer"))))
			.hasStatusOk()
			.bodyText()
			.contains("未通过 GB 32100 校验位检查");
	}

	@Test
	void explainsErrorsInEnglishAndKeepsTheInput() {
		try {
			assertThat(this.mvc.post()
				.uri("/liaison/enterprises?lang=en")
				.with(user(as("ml.liaison")))
				.with(csrf())
				.param("kind", "COMPANY")
				.param("name", "")
				.param("creditCode", code())
				.param("riskLevel", "LOW")
				.param("legalRepIdNumber", "110101199003077777")
				.param("headcount", "many")
				.param("leaseStart", "2026-13-01")).hasStatusOk()
				.bodyText()
				.contains("110101199003077777", "Enter a whole number", "Enter a date (year-month-day)")
				.doesNotContain("请输入");
		}
		finally {
			this.officers.changePreferredLanguage(as("ml.liaison").officerId(), "zh-CN");
		}
	}

	@Test
	void anotherStationsEnterpriseIsNotFound() {
		assertThat(post("ml.liaison", "梅陇范围测试公司", code())).hasStatus(HttpStatus.FOUND);
		Enterprise meilong = named("梅陇范围测试公司");
		assertThat(this.mvc.get().uri("/liaison/enterprises/" + meilong.getId()).with(user(as("ds.officer"))))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/liaison/enterprises/" + meilong.getId()).with(user(as("bureau"))))
			.hasStatusOk();
		assertThat(this.mvc.get().uri("/liaison/enterprises/abc").with(user(as("ds.officer"))))
			.hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void switchingTheLanguageOnTheTicketFormLeadsBackToTheEnterprisesInsteadOfAnError() {
		assertThat(this.mvc.get().uri("/liaison/tickets/new?lang=en").with(user(as("ml.liaison"))))
			.hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.isEqualTo("/liaison/enterprises");
	}

	@Test
	void officersMayViewButNotCreate() {
		assertThat(this.mvc.get().uri("/liaison/enterprises").with(user(as("ml.officer")))).hasStatusOk();
		assertThat(post("ml.officer", "无权公司", code())).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.get().uri("/liaison/report").with(user(as("ml.liaison")))).hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void refusesAStaleEditAndKeepsHistory() {
		String code = code();
		assertThat(post("ml.liaison", "历史记录测试公司", code)).hasStatus(HttpStatus.FOUND);
		Enterprise e = named("历史记录测试公司");
		long version = e.getVersion();
		assertThat(this.mvc.post()
			.uri("/liaison/enterprises/" + e.getId())
			.with(user(as("ml.liaison")))
			.with(csrf())
			.param("kind", "COMPANY")
			.param("name", "历史记录测试公司")
			.param("creditCode", code)
			.param("riskLevel", "HIGH")
			.param("headcount", "12")
			.param("version", String.valueOf(version))).hasStatus(HttpStatus.FOUND);
		assertThat(this.mvc.post()
			.uri("/liaison/enterprises/" + e.getId())
			.with(user(as("ml.liaison")))
			.with(csrf())
			.param("kind", "COMPANY")
			.param("name", "历史记录测试公司")
			.param("creditCode", code)
			.param("riskLevel", "LOW")
			.param("version", String.valueOf(version))).hasStatusOk().bodyText().contains("该记录已被他人修改");
		assertThat(this.enterprises.history(Scope.bureau(), e.getId())).first()
			.satisfies(change -> assertThat(change.getSummary()).contains("riskLevel: LOW → HIGH", "headcount: 10 → 12")
				.doesNotContain("name:"));
		// the page names the fields in the reader's language, not by their codes
		assertThat(this.mvc.get().uri("/liaison/enterprises/" + e.getId()).with(user(as("ml.supervisor"))))
			.hasStatusOk()
			.bodyText()
			.contains("风险等级: LOW → HIGH", "建档")
			.doesNotContain("riskLevel:", ">created<");
	}

	@Test
	void logsAVisitAndMovesTheNextDueDate() {
		assertThat(post("ml.liaison", "走访测试公司", code()).param("liaisonOfficerId",
				String.valueOf(as("ml.liaison").officerId())))
			.hasStatus(HttpStatus.FOUND);
		Enterprise e = named("走访测试公司");
		String today = this.enterprises.today().toString();
		assertThat(this.mvc.post()
			.uri("/liaison/enterprises/" + e.getId() + "/visits")
			.with(user(as("ml.liaison")))
			.with(csrf())
			.param("mode", "VISIT")
			.param("visitedOn", today)
			.param("hazard", "消防通道堵塞")).hasStatusOk().bodyText().contains("请至少选择一项", "消防通道堵塞");
		assertThat(this.mvc.post()
			.uri("/liaison/enterprises/" + e.getId() + "/visits")
			.with(user(as("ml.liaison")))
			.with(csrf())
			.param("mode", "VISIT")
			.param("visitedOn", today)
			.param("purposes", "ROUTINE", "SECURITY_INSPECTION")
			.param("hazard", "消防通道堵塞")
			.param("followUpTask", "三日内清理")
			.param("followUpDue", this.enterprises.today().plusDays(3).toString())).hasStatus(HttpStatus.FOUND);
		assertThat(this.enterprises.get(Scope.bureau(), e.getId()).getNextDueOn())
			.isEqualTo(this.enterprises.today().plusDays(14));
		assertThat(this.mvc.get().uri("/liaison/mine").with(user(as("ml.liaison")))).hasStatusOk()
			.bodyText()
			.contains("走访测试公司");
		assertThat(this.mvc.get().uri("/liaison/mine").with(user(as("ml.liaison")))).bodyText().contains("三日内清理");
		Long visitId = this.visits.visits(Scope.bureau(), e.getId()).get(0).getId();
		assertThat(this.mvc.post()
			.uri("/liaison/enterprises/" + e.getId() + "/visits/" + visitId + "/follow-up-done?back=mine")
			.with(user(as("ds.liaison")))
			.with(csrf())).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.post()
			.uri("/liaison/enterprises/" + e.getId() + "/visits/" + visitId + "/follow-up-done?back=mine")
			.with(user(as("ml.liaison")))
			.with(csrf())).hasStatus(HttpStatus.FOUND);
		assertThat(this.mvc.get().uri("/liaison/mine").with(user(as("ml.liaison")))).bodyText().doesNotContain("三日内清理");
	}

	@Test
	void fullViewOfPersonalDataIsLogged() {
		assertThat(post("ml.liaison", "身份信息测试公司", code()).param("legalRepName", "张三")
			.param("legalRepIdNumber", "11010519491231002X")).hasStatus(HttpStatus.FOUND);
		Enterprise e = named("身份信息测试公司");
		assertThat(this.mvc.get().uri("/liaison/enterprises").param("q", "身份信息测试").with(user(as("ml.officer"))))
			.bodyText()
			.contains("110***********002X")
			.doesNotContain("11010519491231002X");
		assertThat(this.mvc.get().uri("/liaison/enterprises/" + e.getId() + "/personal").with(user(as("ml.officer"))))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.get().uri("/liaison/enterprises/" + e.getId() + "/personal").with(user(as("ml.liaison"))))
			.hasStatusOk()
			.bodyText()
			.contains("11010519491231002X");
		assertThat(this.mvc.post()
			.uri("/liaison/enterprises/" + e.getId() + "/people")
			.with(user(as("ml.liaison")))
			.with(csrf())
			.param("role", "安全负责人")
			.param("name", "李四")
			.param("idNumber", "110105194912310021")).hasStatusOk().bodyText().contains("身份证号码无效", "李四");
		assertThat(this.mvc.post()
			.uri("/liaison/enterprises/" + e.getId() + "/people")
			.with(user(as("ml.liaison")))
			.with(csrf())
			.param("role", "安全负责人")
			.param("name", "李四")
			.param("idNumber", "11010519491231002X")
			.param("phone", "13912345678")).hasStatus(HttpStatus.FOUND);
		assertThat(this.mvc.get().uri("/liaison/enterprises/" + e.getId() + "/people").with(user(as("ml.officer"))))
			.bodyText()
			.contains("李四", "139****5678")
			.doesNotContain("13912345678");
		assertThat(this.enterprises.history(Scope.bureau(), e.getId()).get(0).getSummary())
			.contains("keyPersonnel: + 安全负责人 李四 110***********002X");
		assertThat(
				this.mvc.get().uri("/liaison/enterprises/" + e.getId() + "/personal").with(user(as("ml.supervisor"))))
			.bodyText()
			.contains("13912345678");
		assertThat(this.audit.countFor("enterprise", e.getId())).isEqualTo(2);
	}

	@Test
	void onlySupervisorsEditChecklistWeights() {
		var feature = this.screenings.checklist().get(9);
		assertThat(this.mvc.post()
			.uri("/liaison/screening/checklist")
			.with(user(as("ml.liaison")))
			.with(csrf())
			.param("weight." + feature.getCode(), "6")
			.param("version." + feature.getCode(), String.valueOf(feature.getVersion())))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.post()
			.uri("/liaison/screening/checklist")
			.with(user(as("ml.supervisor")))
			.with(csrf())
			.param("weight." + feature.getCode(), "abc")
			.param("version." + feature.getCode(), String.valueOf(feature.getVersion())))
			.hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		assertThat(this.mvc.post()
			.uri("/liaison/screening/checklist")
			.with(user(as("ml.supervisor")))
			.with(csrf())
			.param("weight." + feature.getCode(), String.valueOf(feature.getWeight()))
			.param("version." + feature.getCode(), String.valueOf(feature.getVersion()))).hasStatus(HttpStatus.FOUND);
	}

	@Test
	void aSuspectedScreeningBecomesACaseLeadOnceAndAnIncidentForTheDutyDesk() {
		var campaign = this.screenings.campaigns(Scope.bureau())
			.stream()
			.filter(c -> c.getName().contains("梅陇商务楼宇"))
			.findFirst()
			.orElseThrow();
		var suspected = this.screenings.flagged(Scope.bureau(), campaign.getId())
			.stream()
			.filter(s -> s.getConclusion().name().equals("SUSPECTED"))
			.findFirst()
			.orElseThrow();
		assertThat(this.mvc.post()
			.uri("/liaison/screening/" + suspected.getId() + "/lead")
			.with(user(as("ds.liaison")))
			.with(csrf())).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.post()
			.uri("/liaison/screening/" + suspected.getId() + "/lead")
			.with(user(as("ml.liaison")))
			.with(csrf())).hasStatus(HttpStatus.FOUND);
		assertThat(this.events.stream(FraudLeadRaised.class)).singleElement()
			.satisfies(lead -> assertThat(lead.enterpriseName()).isEqualTo("上海鑫汇投资管理有限公司"))
			.satisfies(lead -> assertThat(lead.score()).isGreaterThanOrEqualTo(60));
		assertThat(this.incidents.search(Scope.bureau(), IncidentFilter.station(null).withText("鑫汇投资"),
				PageRequest.of(0, 10)))
			.singleElement()
			.satisfies(incident -> assertThat(incident.getSource()).isEqualTo(IncidentSource.SYSTEM_ALERT))
			.satisfies(incident -> assertThat(incident.getCategoryCode()).isEqualTo("CRIMINAL.FRAUD"));
		assertThat(this.mvc.post()
			.uri("/liaison/screening/" + suspected.getId() + "/lead")
			.with(user(as("ml.liaison")))
			.with(csrf())).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		assertThat(this.mvc.get().uri("/liaison/screening/campaigns/" + campaign.getId()).with(user(as("ml.officer"))))
			.hasStatusOk()
			.bodyText()
			.contains("ml.liaison 于");
		assertThat(this.mvc.get().uri("/liaison/screening").with(user(as("ml.officer")))).hasStatusOk()
			.bodyText()
			.contains("30 天内到期的复查", "上海鑫汇投资管理有限公司", "上海瑞信网络科技有限公司");
	}

	@Test
	void everyLiaisonPageRenders() {
		for (String path : new String[] { "/liaison/mine", "/liaison/enterprises", "/liaison/tickets",
				"/liaison/screening", "/liaison/registers", "/liaison/training", "/liaison/alliances",
				"/liaison/import", "/liaison/report", "/liaison/enterprises/new", "/liaison/screening/campaigns/new",
				"/" }) {
			assertThat(this.mvc.get().uri(path).with(user(as("ml.supervisor")))).as(path).hasStatusOk();
		}
		assertThat(this.mvc.get().uri("/liaison/mine").with(user(as("ml.liaison")))).hasStatusOk();
		assertThat(this.mvc.get().uri("/liaison").with(user(as("ml.liaison")))).hasStatus(HttpStatus.FOUND);
		assertThat(this.mvc.get().uri("/").with(user(as("ml.liaison")))).hasStatusOk().bodyText().contains("我的逾期企业");
		assertThat(this.mvc.get().uri("/liaison/report?lang=en").with(user(as("bureau")))).hasStatusOk()
			.bodyText()
			.contains("Liaison report");
		assertThat(this.mvc.get().uri("/liaison/report?from=2026-05-01&to=2026-01-01").with(user(as("ml.supervisor"))))
			.hasStatusOk()
			.bodyText()
			.contains("统计期间无效");
		assertThat(this.mvc.get().uri("/liaison/report?from=garbage").with(user(as("ml.supervisor")))).hasStatusOk()
			.bodyText()
			.contains("请输入日期");
	}

	@Test
	void aBadReportPeriodComesBackInTheFormWithItsReason() {
		assertThat(this.mvc.get().uri("/liaison/report?from=2026-12-01&to=2026-01-01").with(user(as("ds.supervisor"))))
			.hasStatusOk()
			.bodyText()
			.contains("统计期间无效", "value=\"2026-12-01\"", "value=\"2026-01-01\"");
		assertThat(this.mvc.get().uri("/liaison/report?from=abc").with(user(as("ds.supervisor")))).hasStatusOk()
			.bodyText()
			.contains("请输入日期", "value=\"abc\"");
	}

	@Test
	void exportsTheReportAndLogsTheExport() {
		long before = this.audit.countFor("liaison-report", "2026-01-01..2026-06-30");
		assertThat(this.mvc.get()
			.uri("/liaison/report.xlsx?from=2026-01-01&to=2026-06-30")
			.with(user(as("ml.supervisor")))).hasStatusOk()
			.hasContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		assertThat(this.audit.countFor("liaison-report", "2026-01-01..2026-06-30")).isEqualTo(before + 1);
	}

	@Test
	void theFastChannelLedgerCountsTheSameDayResolutions() {
		assertThat(this.mvc.get().uri("/liaison/tickets").with(user(as("ml.officer")))).hasStatusOk()
			.bodyText()
			.contains("敲诈勒索", "恶意诋毁");
		Enterprise tuhu = named("上海途虎信息技术有限公司");
		assertThat(this.mvc.post()
			.uri("/liaison/tickets")
			.with(user(as("ml.liaison")))
			.with(csrf())
			.param("enterpriseId", String.valueOf(tuhu.getId()))
			.param("type", "")
			.param("urgency", "URGENT")
			.param("description", "测试描述")).hasStatusOk().bodyText().contains("测试描述");
		assertThat(this.mvc.post()
			.uri("/liaison/tickets")
			.with(user(as("ds.liaison")))
			.with(csrf())
			.param("enterpriseId", String.valueOf(tuhu.getId()))
			.param("type", "咨询")
			.param("urgency", "URGENT")
			.param("description", "跨所")).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void aResolvedTicketLinksOnlyToAnIncidentOfItsOwnStation() {
		Enterprise tuhu = named("上海途虎信息技术有限公司");
		Scope meilong = Scope.station(tuhu.getStationId());
		var ticket = this.tickets.open(meilong, tuhu.getId(), "咨询", org.stationops.liaison.Urgency.NORMAL, "关联测试",
				null);
		Long daishanIncident = this.incidents
			.search(Scope.station(as("ds.officer").stationId()), IncidentFilter.station(null), PageRequest.of(0, 1))
			.getContent()
			.get(0)
			.getId();
		assertThat(this.mvc.post()
			.uri("/liaison/tickets/" + ticket.getId() + "/resolve")
			.with(user(as("ml.liaison")))
			.with(csrf())
			.param("outcome", "已处理")
			.param("incidentId", String.valueOf(daishanIncident))
			.param("version", String.valueOf(ticket.getVersion()))).hasStatusOk()
			.bodyText()
			.contains("本所没有编号为 " + daishanIncident + " 的记录", "已处理");
		Long meilongIncident = this.incidents.search(meilong, IncidentFilter.station(null), PageRequest.of(0, 1))
			.getContent()
			.get(0)
			.getId();
		assertThat(this.mvc.post()
			.uri("/liaison/tickets/" + ticket.getId() + "/resolve")
			.with(user(as("ml.liaison")))
			.with(csrf())
			.param("outcome", "已处理")
			.param("incidentId", String.valueOf(meilongIncident))
			.param("version", String.valueOf(ticket.getVersion()))).hasStatus(HttpStatus.FOUND);
	}

	@Test
	void theReportCountsVisitsOnceAndPurposesEach() {
		Scope meilong = Scope.station(as("ml.liaison").stationId());
		java.time.LocalDate today = this.enterprises.today();
		var before = this.reports.report(meilong, today, today);
		assertThat(post("ml.liaison", "报表测试公司", code()).param("liaisonOfficerId",
				String.valueOf(as("ml.liaison").officerId())))
			.hasStatus(HttpStatus.FOUND);
		Enterprise e = named("报表测试公司");
		this.visits.log(meilong, e.getId(), as("ml.liaison").officerId(),
				new org.stationops.liaison.VisitRecord(org.stationops.liaison.VisitMode.VISIT, today,
						java.util.Set.of(org.stationops.liaison.VisitPurpose.ROUTINE,
								org.stationops.liaison.VisitPurpose.NEWCOMER_REGISTRATION),
						"", "", "", "", null));
		var after = this.reports.report(meilong, today, today);
		assertThat(after.total().visits()).isEqualTo(before.total().visits() + 1);
		assertThat(after.total().enterprises()).isEqualTo(before.total().enterprises() + 1);
		assertThat(after.total().withinCadence()).isEqualTo(before.total().withinCadence() + 1);
		assertThat(after.visitsByPurpose().get(org.stationops.liaison.VisitPurpose.NEWCOMER_REGISTRATION)).isEqualTo(
				before.visitsByPurpose().getOrDefault(org.stationops.liaison.VisitPurpose.NEWCOMER_REGISTRATION, 0L)
						+ 1);
	}

	@Test
	void aClosedCampaignTakesNoMoreScreenings() {
		Scope meilong = Scope.station(as("ml.liaison").stationId());
		var circle = this.registers.circles(meilong)
			.stream()
			.filter(c -> c.getName().equals("春申商圈"))
			.findFirst()
			.orElseThrow();
		var campaign = this.screenings.startCampaign(meilong, "关闭测试排摸", this.enterprises.today(),
				this.enterprises.today().plusDays(5), java.util.List.of(circle.getId()), java.util.List.of(), "");
		Enterprise target = named("上海瑞信网络科技有限公司");
		var daishanCircle = this.registers.circles(Scope.station(as("ds.liaison").stationId())).get(0);
		assertThat(this.mvc.post()
			.uri("/liaison/screening/campaigns")
			.with(user(as("ml.liaison")))
			.with(csrf())
			.param("name", "越权排摸")
			.param("startsOn", "2026-01-01")
			.param("endsOn", "2026-02-01")
			.param("circleIds", String.valueOf(daishanCircle.getId()))).hasStatusOk()
			.bodyText()
			.contains("请选择本所的登记项", "越权排摸");
		assertThat(this.mvc.post()
			.uri("/liaison/screening/campaigns/" + campaign.getId() + "/close")
			.with(user(as("ml.liaison")))
			.with(csrf())).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.post()
			.uri("/liaison/screening/campaigns/" + campaign.getId() + "/close")
			.with(user(as("ml.supervisor")))
			.with(csrf())).hasStatus(HttpStatus.FOUND);
		assertThat(this.mvc.post()
			.uri("/liaison/screening/campaigns/" + campaign.getId() + "/enterprises/" + target.getId())
			.with(user(as("ml.liaison")))
			.with(csrf())
			.param("observed", "DENSE_PHONES")
			.param("evidence", "x")).hasStatusOk().bodyText().contains("该排摸行动已结束");
		assertThat(this.mvc.get().uri("/liaison/enterprises?overdue=true").with(user(as("ml.supervisor"))))
			.hasStatusOk()
			.bodyText()
			.contains("上海梅陇示范贸易有限公司")
			.doesNotContain("上海途虎信息技术有限公司");
	}

	static EnterpriseDetails details(String name, String code) {
		return EnterpriseDetails.minimal(EnterpriseKind.COMPANY, name, code);
	}

}
