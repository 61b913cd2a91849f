package org.stationops.incidents.web;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.stationops.incidents.Incident;
import org.stationops.incidents.IncidentDetails;
import org.stationops.incidents.IncidentService;
import org.stationops.incidents.IncidentSource;
import org.stationops.shared.Scope;
import org.stationops.stations.StationService;
import org.stationops.support.StationWebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@StationWebTest
class IncidentTrackingTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	IncidentService incidents;

	@Autowired
	StationService stations;

	Incident registered(String description) {
		Long station = this.stations.getByCode("ML").getId();
		Incident incident = this.incidents
			.register(Scope.station(station), station,
					new IncidentDetails(Instant.now().minusSeconds(600), IncidentSource.WALK_IN, "CRIMINAL.FRAUD",
							"报警人家中", null, null, null, "公开查询测试人", "13911112222", "", description),
					null, null, "ml.duty");
		this.incidents.addNote(Scope.station(station), incident.getId(), "张伟", "已调取银行流水，正在核查。", true, Instant.now());
		this.incidents.addNote(Scope.station(station), incident.getId(), "张伟", "内部：嫌疑人疑似在福建。", false, Instant.now());
		return incident;
	}

	MvcTestResult track(String receipt, String code, String ip) {
		return this.mvc.post().uri("/track").with(csrf()).with(request -> {
			request.setRemoteAddr(ip);
			return request;
		}).param("receiptNumber", receipt).param("queryCode", code).exchange();
	}

	@Test
	void showsTheFormWithoutSignIn() {
		assertThat(this.mvc.get().uri("/track")).hasStatusOk().bodyText().contains("报警进度查询");
	}

	@Test
	void showsStageAndPublicNotesButNothingPersonal() {
		Incident incident = registered("被冒充客服诈骗 " + UUID.randomUUID());
		assertThat(track(incident.getReceiptNumber().toLowerCase(), incident.getQueryCode(), "10.0.0.1")).hasStatusOk()
			.bodyText()
			.contains(incident.getReceiptNumber(), "已接警", "已接警登记", "已调取银行流水")
			.doesNotContain("公开查询测试人", "13911112222", "被冒充客服诈骗", "嫌疑人疑似在福建", "报警人家中");
	}

	@Test
	void givesOneNeutralAnswerToAWrongCodeOrAnUnknownReceipt() throws Exception {
		Incident incident = registered("中性答复测试 " + UUID.randomUUID());
		String wrongCode = track(incident.getReceiptNumber(), "ZZZZZZ", "10.0.0.2").getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		String unknown = track("ML-19990101-0001", incident.getQueryCode(), "10.0.0.2").getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(wrongCode).contains("未查询到匹配的记录").doesNotContain("已接警登记");
		assertThat(withoutCsrfToken(unknown.replace("ML-19990101-0001", incident.getReceiptNumber())))
			.isEqualTo(withoutCsrfToken(wrongCode));
	}

	@Test
	void limitsAttemptsPerClientAddress() {
		for (int i = 0; i < 10; i++) {
			assertThat(track("ML-19990101-0001", "AAAAAA", "10.0.0.3")).hasStatusOk();
		}
		assertThat(track("ML-19990101-0001", "AAAAAA", "10.0.0.3")).hasStatus(HttpStatus.TOO_MANY_REQUESTS)
			.bodyText()
			.contains("查询过于频繁");
		assertThat(track("ML-19990101-0001", "AAAAAA", "10.0.0.4")).hasStatusOk();
	}

	/** The page without the tokens every rendered form carries (CSRF, submission key). */
	static String withoutCsrfToken(String page) {
		return page.replaceAll("name=\"(_csrf|_submission)\" value=\"[^\"]*\"", "");
	}

}
