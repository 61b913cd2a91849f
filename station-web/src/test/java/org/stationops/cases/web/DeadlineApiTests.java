package org.stationops.cases.web;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.stationops.support.StationWebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code POST /api/v1/deadlines} answers the documented contract.
 */
@StationWebTest
class DeadlineApiTests {

	@Autowired
	MockMvcTester mvc;

	static String basic(String username) {
		return "Basic "
				+ Base64.getEncoder().encodeToString((username + ":demo-password").getBytes(StandardCharsets.UTF_8));
	}

	MvcTestResult post(String username, String body) {
		return this.mvc.post()
			.uri("/api/v1/deadlines")
			.header("Authorization", basic(username))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.exchange();
	}

	@Test
	void answersTheIssueExampleUnderThe2012Law() {
		MvcTestResult result = post("ml.supervisor", """
				{"clock": "CASE_TIME_LIMIT", "acceptedAt": "2025-12-20T10:00:00+08:00", "filedOn": "2025-12-22",
				 "complex": false, "track": "STANDARD", "extensions": 1,
				 "pauses": [{"reason": "APPRAISAL", "from": "2026-01-05", "to": "2026-01-10"}],
				 "mediationFailedOn": null, "firstSessionOn": null, "agreementEffectiveOn": null,
				 "arrivedAt": null, "ground": null}
				""");
		assertThat(result).hasStatusOk();
		assertThat(result).bodyJson().extractingPath("$.law").isEqualTo("2012");
		assertThat(result).bodyJson().extractingPath("$.clock").isEqualTo("CASE_TIME_LIMIT");
		// 受理 2025-12-20 + 30 + 30 + 5 鉴定 days = 2026-02-23 (春节 holiday) -> 2026-02-24
		assertThat(result).bodyJson().extractingPath("$.lastDay").isEqualTo("2026-02-24");
		assertThat(result).bodyJson().extractingPath("$.dueAt").isEqualTo("2026-02-25T00:00:00+08:00");
		assertThat(result).bodyJson().extractingPath("$.provisional").isEqualTo(false);
		assertThat(result).bodyJson().extractingPath("$.steps").asArray().isNotEmpty();
	}

	@Test
	void marksADeadlineInAnUnseededYearProvisional() {
		MvcTestResult result = post("ml.supervisor", """
				{"clock": "CASE_TIME_LIMIT", "acceptedAt": "2026-12-01T09:00:00+08:00", "filedOn": "2026-12-02"}
				""");
		assertThat(result).hasStatusOk();
		assertThat(result).bodyJson().extractingPath("$.law").isEqualTo("2025");
		assertThat(result).bodyJson().extractingPath("$.lastDay").isEqualTo("2027-01-04");
		assertThat(result).bodyJson().extractingPath("$.provisional").isEqualTo(true);
	}

	@Test
	void refusesASecondExtensionUnderThe2012LawWith422() {
		MvcTestResult result = post("ml.supervisor", """
				{"clock": "CASE_TIME_LIMIT", "acceptedAt": "2025-12-20T10:00:00+08:00", "extensions": 2}
				""");
		assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		assertThat(result).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.code").isEqualTo("deadlines.error.extensions");
	}

	@Test
	void answersQuestioningInHours() {
		MvcTestResult result = post("ml.supervisor", """
				{"clock": "QUESTIONING", "arrivedAt": "2026-03-01T20:00:00+08:00", "ground": "MANY_OR_UNIDENTIFIED"}
				""");
		assertThat(result).hasStatusOk();
		assertThat(result).bodyJson().extractingPath("$.dueAt").isEqualTo("2026-03-02T08:00:00+08:00");
	}

	@Test
	void refusesAMissingClockWith400AndAnOfficerWith403() {
		assertThat(post("ml.supervisor", "{}")).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(post("ml.officer", """
				{"clock": "QUESTIONING", "arrivedAt": "2026-03-01T20:00:00+08:00", "ground": "NORMAL"}
				""")).hasStatus(HttpStatus.FORBIDDEN);
	}

}
