package org.stationops.incidents.web;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.stationops.incidents.Incident;
import org.stationops.incidents.IncidentFilter;
import org.stationops.incidents.IncidentService;
import org.stationops.incidents.IncidentStatus;
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
class IncidentWebTests {

	static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	IncidentService incidents;

	OfficerPrincipal as(String username) {
		return (OfficerPrincipal) this.users.loadUserByUsername(username);
	}

	static String now() {
		return LocalDateTime.now(ZoneId.of("Asia/Shanghai")).minusMinutes(10).format(INPUT);
	}

	MvcTestResult register(String username, String token, String description, String phone) {
		return this.mvc.post()
			.uri("/incidents")
			.with(user(as(username)))
			.with(csrf())
			.param("receivedAt", now())
			.param("source", "WALK_IN")
			.param("categoryCode", "CRIMINAL.THEFT")
			.param("location", "梅陇一村 8 号楼下")
			.param("reporterName", "测试报警人")
			.param("reporterPhone", phone)
			.param("reporterIdNumber", "")
			.param("description", description)
			.param("formToken", token)
			.exchange();
	}

	Incident find(String description) {
		return this.incidents
			.search(Scope.bureau(), IncidentFilter.station(null).withText(description), PageRequest.of(0, 5))
			.getContent()
			.get(0);
	}

	@Test
	void registersAnIncidentAndShowsItsReceipt() {
		String description = "电动自行车在车棚被盗 " + UUID.randomUUID();
		MvcTestResult result = register("ml.duty", UUID.randomUUID().toString(), description, "13912345678");
		assertThat(result).hasStatus(HttpStatus.FOUND);
		Incident incident = find(description);
		assertThat(result).redirectedUrl().isEqualTo("/incidents/" + incident.getId() + "/receipt");
		assertThat(incident.getReceiptNumber()).matches("ML-\\d{8}-\\d{4}");
		assertThat(this.mvc.get().uri("/incidents/" + incident.getId() + "/receipt").with(user(as("ml.duty"))))
			.hasStatusOk()
			.bodyText()
			.contains(incident.getReceiptNumber(), incident.getQueryCode(), "值班室", "报警回执");
	}

	@Test
	void createsOneIncidentFromADoubleSubmit() {
		String token = UUID.randomUUID().toString();
		String description = "双击提交测试 " + token;
		MvcTestResult first = register("ml.duty", token, description, "13912345678");
		MvcTestResult second = register("ml.duty", token, description, "13912345678");
		assertThat(second).redirectedUrl().isEqualTo(first.getMvcResult().getResponse().getRedirectedUrl());
		assertThat(this.incidents
			.search(Scope.bureau(), IncidentFilter.station(null).withText(token), PageRequest.of(0, 5))
			.getTotalElements()).isEqualTo(1);
	}

	@Test
	void keepsTheInputAndExplainsErrorsInChineseAndEnglish() {
		assertThat(this.mvc.post()
			.uri("/incidents")
			.with(user(as("ml.duty")))
			.with(csrf())
			.param("receivedAt", now())
			.param("source", "WALK_IN")
			.param("categoryCode", "")
			.param("location", "保留的地点")
			.param("reporterName", "保留的姓名")
			.param("reporterPhone", "12345")
			.param("reporterIdNumber", "110101199003071234")
			.param("latitude", "abc")
			.param("description", "")
			.param("formToken", UUID.randomUUID().toString())).hasStatusOk()
			.bodyText()
			.contains("保留的地点", "保留的姓名", "12345", "手机号或座机号格式不正确", "身份证号码无效", "格式不正确");
		assertThat(this.mvc.post()
			.uri("/incidents?lang=en")
			.with(user(as("ml.duty")))
			.with(csrf())
			.param("receivedAt", "not a time")
			.param("source", "WALK_IN")
			.param("categoryCode", "CRIMINAL")
			.param("location", "x")
			.param("reporterName", "x")
			.param("reporterPhone", "13912345678")
			.param("description", "x")).hasStatusOk().bodyText().contains("date and time");
	}

	@Test
	void refusesATopLevelCategoryOnTheField() {
		assertThat(this.mvc.post()
			.uri("/incidents")
			.with(user(as("ml.duty")))
			.with(csrf())
			.param("receivedAt", now())
			.param("source", "PHONE")
			.param("categoryCode", "CRIMINAL")
			.param("location", "x")
			.param("reporterName", "x")
			.param("reporterPhone", "13912345678")
			.param("description", "x")
			.param("formToken", UUID.randomUUID().toString())).hasStatusOk().bodyText().contains("请选择具体的细类");
	}

	@Test
	void answersNotFoundForAnotherStationsIncident() {
		String description = "跨所访问测试 " + UUID.randomUUID();
		register("ml.duty", UUID.randomUUID().toString(), description, "13912345678");
		Incident incident = find(description);
		assertThat(this.mvc.get().uri("/incidents/" + incident.getId()).with(user(as("ds.officer"))))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/incidents/" + incident.getId() + "/receipt").with(user(as("ds.officer"))))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.post()
			.uri("/dispatch/" + incident.getId() + "/arrive")
			.with(user(as("ds.officer")))
			.with(csrf())).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/incidents/" + incident.getId()).with(user(as("bureau")))).hasStatusOk();
		assertThat(this.mvc.get().uri("/incidents/abc").with(user(as("ml.duty")))).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void masksPhonesInTheListAndShowsThemOnTheDetail() {
		String description = "手机号脱敏测试 " + UUID.randomUUID();
		register("ml.duty", UUID.randomUUID().toString(), description, "13955556666");
		Incident incident = find(description);
		assertThat(this.mvc.get().uri("/incidents?q=" + description.substring(9)).with(user(as("ml.officer"))))
			.bodyText()
			.contains("139****6666")
			.doesNotContain("13955556666");
		assertThat(this.mvc.get().uri("/incidents/" + incident.getId()).with(user(as("ml.officer")))).bodyText()
			.contains("13955556666");
	}

	@Test
	void answersAnEmptyPageForAPageNumberFarPastTheEnd() {
		assertThat(this.mvc.get().uri("/incidents?page=99999999").with(user(as("ml.duty")))).hasStatusOk();
		assertThat(this.mvc.get().uri("/cases?page=2147483647").with(user(as("ml.officer")))).hasStatusOk();
	}

	@Test
	void refusesAStaleEditAndNamesTheFieldsThatDiffer() {
		String description = "并发编辑测试 " + UUID.randomUUID();
		register("ml.duty", UUID.randomUUID().toString(), description, "13912345678");
		Incident incident = find(description);
		String received = LocalDateTime.ofInstant(incident.getReceivedAt(), ZoneId.of("Asia/Shanghai")).format(INPUT);
		assertThat(edit(incident, received, "第一位民警改的地点", incident.getVersion())).hasStatus(HttpStatus.FOUND);
		assertThat(edit(incident, received, "第二位民警改的地点", incident.getVersion())).hasStatusOk()
			.bodyText()
			.contains("该记录已被他人修改", "以下字段与您的输入不同", "发生地点", "第一位民警改的地点", "第二位民警改的地点");
		assertThat(this.incidents.get(Scope.bureau(), incident.getId()).getLocation()).isEqualTo("第一位民警改的地点");
	}

	@Test
	void showsTheDifferingValuesOfAStaleEditAsTheUserWroteThemNotAsCodes() {
		String description = "并发编辑显示测试 " + UUID.randomUUID();
		register("ml.duty", UUID.randomUUID().toString(), description, "13912345678");
		Incident incident = find(description);
		String received = LocalDateTime.ofInstant(incident.getReceivedAt(), ZoneId.of("Asia/Shanghai")).format(INPUT);
		assertThat(edit(incident, received, "先改的地点", incident.getVersion())).hasStatus(HttpStatus.FOUND);
		assertThat(this.mvc.post()
			.uri("/incidents/" + incident.getId())
			.with(user(as("ml.officer")))
			.with(csrf())
			.param("receivedAt", received)
			.param("source", "EMERGENCY_110")
			.param("categoryCode", incident.getCategoryCode())
			.param("location", "后改的地点")
			.param("latitude", "31.1")
			.param("longitude", "121.4")
			.param("reporterName", incident.getReporterName())
			.param("reporterPhone", incident.getReporterPhone())
			.param("description", incident.getDescription())
			.param("version", String.valueOf(incident.getVersion()))).hasStatusOk()
			.bodyText()
			.contains("来所报警", "110 报警", "31.1", "121.4")
			.doesNotContain(">null<", ">WALK_IN<", "31.100000");
	}

	private MvcTestResult edit(Incident incident, String received, String location, long version) {
		return this.mvc.post()
			.uri("/incidents/" + incident.getId())
			.with(user(as("ml.officer")))
			.with(csrf())
			.param("receivedAt", received)
			.param("source", incident.getSource().name())
			.param("categoryCode", incident.getCategoryCode())
			.param("location", location)
			.param("reporterName", incident.getReporterName())
			.param("reporterPhone", incident.getReporterPhone())
			.param("description", incident.getDescription())
			.param("version", String.valueOf(version))
			.exchange();
	}

	@Test
	void dispatchesRecordsArrivalAndShowsTheResponseTime() {
		String description = "调度流程测试 " + UUID.randomUUID();
		register("ml.duty", UUID.randomUUID().toString(), description, "13912345678");
		Incident incident = find(description);
		Long officer = as("ml.officer").officerId();
		assertThat(this.mvc.get().uri("/dispatch").with(user(as("ml.duty")))).hasStatusOk()
			.bodyText()
			.contains(incident.getReceiptNumber());
		assertThat(this.mvc.post()
			.uri("/dispatch/" + incident.getId() + "/dispatch")
			.with(user(as("ml.duty")))
			.with(csrf())
			.param("officerId", officer.toString())).hasStatus(HttpStatus.FOUND);
		assertThat(
				this.mvc.post().uri("/dispatch/" + incident.getId() + "/arrive").with(user(as("ml.duty"))).with(csrf()))
			.hasStatus(HttpStatus.FOUND);
		Incident arrived = this.incidents.get(Scope.bureau(), incident.getId());
		assertThat(arrived.getStatus()).isEqualTo(IncidentStatus.ON_SCENE);
		assertThat(arrived.responseTime()).isPresent();
		assertThat(this.mvc.get().uri("/incidents/" + incident.getId()).with(user(as("ml.duty")))).bodyText()
			.contains("张伟", "响应时长");
	}

	@Test
	void refusesDispatchingAnOfficerOfAnotherStation() {
		String description = "跨所派警测试 " + UUID.randomUUID();
		register("ml.duty", UUID.randomUUID().toString(), description, "13912345678");
		Incident incident = find(description);
		assertThat(this.mvc.post()
			.uri("/dispatch/" + incident.getId() + "/dispatch")
			.with(user(as("ml.duty")))
			.with(csrf())
			.param("officerId", as("ds.officer").officerId().toString())).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/dispatch#board-" + incident.getId())
			.flash()
			.containsEntry("boardErrorId", incident.getId())
			.hasEntrySatisfying("boardError", (error) -> assertThat((String) error).contains("该民警不在本所"));
	}

	@Test
	void linksAnOpenedCaseAndRecordsTheGuidePath() {
		String description = "醉酒处置测试 " + UUID.randomUUID();
		register("ml.duty", UUID.randomUUID().toString(), description, "13912345678");
		Incident incident = find(description);
		this.mvc.post()
			.uri("/incidents/" + incident.getId())
			.with(user(as("ml.officer")))
			.with(csrf())
			.param("receivedAt",
					LocalDateTime.ofInstant(incident.getReceivedAt(), ZoneId.of("Asia/Shanghai")).format(INPUT))
			.param("source", "WALK_IN")
			.param("categoryCode", "PUBLIC_ORDER.DRUNKENNESS")
			.param("location", incident.getLocation())
			.param("reporterName", incident.getReporterName())
			.param("reporterPhone", incident.getReporterPhone())
			.param("description", incident.getDescription())
			.param("version", String.valueOf(incident.getVersion()))
			.exchange();
		assertThat(this.mvc.get().uri("/incidents/" + incident.getId()).with(user(as("ml.officer")))).bodyText()
			.contains("醉酒人员处置", "醒酒驿站");
		this.mvc.post()
			.uri("/incidents/" + incident.getId() + "/guide-path")
			.with(user(as("ml.officer")))
			.with(csrf())
			.param("step", "1")
			.exchange();
		assertThat(this.incidents.get(Scope.bureau(), incident.getId()).getGuidePath()).contains("轻微违法行为", "醒酒驿站");
		this.mvc.post()
			.uri("/incidents/" + incident.getId() + "/dispose")
			.with(user(as("ml.officer")))
			.with(csrf())
			.param("disposition", "CASE_OPENED")
			.param("note", "受案")
			.exchange();
		assertThat(this.mvc.get().uri("/incidents/" + incident.getId()).with(user(as("ml.officer")))).bodyText()
			.contains("/cases/by-incident/" + incident.getId());
	}

	@Test
	void showsTheTransferClock() {
		String description = "移送时限测试 " + UUID.randomUUID();
		register("ml.duty", UUID.randomUUID().toString(), description, "13912345678");
		Incident incident = find(description);
		this.mvc.post()
			.uri("/incidents/" + incident.getId() + "/dispose")
			.with(user(as("ml.officer")))
			.with(csrf())
			.param("disposition", "TRANSFERRED")
			.param("transferUnit", "区市场监督管理局")
			.exchange();
		assertThat(this.mvc.get().uri("/incidents/" + incident.getId()).with(user(as("ml.officer")))).bodyText()
			.contains("移送：区市场监督管理局", "24 小时移送时限内");
	}

	@Test
	void keepsTheOfficersInputWhenADispositionIsRefused() {
		String description = "移送缺单位测试 " + UUID.randomUUID();
		register("ml.duty", UUID.randomUUID().toString(), description, "13912345678");
		Incident incident = find(description);
		MvcTestResult refused = this.mvc.post()
			.uri("/incidents/" + incident.getId() + "/dispose")
			.with(user(as("ml.officer")))
			.with(csrf())
			.param("disposition", "TRANSFERRED")
			.param("note", "属市场监管职责，待移送")
			.exchange();
		assertThat(refused).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.isEqualTo("/incidents/" + incident.getId() + "#disposition");
		assertThat(refused).flash().containsEntry("disposeError", "incidents.dispose.transferUnitRequired");
		// the flash attributes wait in the session, which lives in PostgreSQL: follow the
		// redirect with its cookie
		assertThat(this.mvc.get()
			.uri("/incidents/" + incident.getId())
			.with(user(as("ml.officer")))
			.cookie(refused.getResponse().getCookie("SESSION"))).hasStatusOk()
			.bodyText()
			.contains("id=\"dispose-error\"", "属市场监管职责，待移送", "<option value=\"TRANSFERRED\" selected=\"selected\"");
		assertThat(this.incidents.get(Scope.bureau(), incident.getId()).getStatus().isOpen()).isTrue();
	}

	@Test
	void letsOnlySupervisorsEditHandlingGuides() {
		assertThat(this.mvc.get().uri("/incidents/guides").with(user(as("ml.officer")))).hasStatusOk()
			.bodyText()
			.contains("醉酒人员处置", "醒酒驿站");
		assertThat(this.mvc.get().uri("/incidents/guides/new").with(user(as("ml.officer"))))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.post()
			.uri("/incidents/guides")
			.with(user(as("ml.supervisor")))
			.with(csrf())
			.param("categoryCode", "ASSISTANCE.LOCKOUT")
			.param("title", "开锁求助处置")
			.param("note", "核实身份")
			.param("steps", "能证明是住户 => 联系开锁公司\n无法证明身份 => 联系物业或社区核实")).hasStatus(HttpStatus.FOUND);
		assertThat(this.mvc.get().uri("/incidents/guides").with(user(as("ml.officer")))).bodyText()
			.contains("开锁求助处置", "联系物业或社区核实");
		assertThat(this.mvc.post()
			.uri("/incidents/guides")
			.with(user(as("ml.supervisor")))
			.with(csrf())
			.param("categoryCode", "TRAFFIC.CONGESTION")
			.param("title", "堵车")
			.param("steps", "没有箭头的一行")).hasStatusOk().bodyText().contains("无法识别的步骤行");
	}

}
