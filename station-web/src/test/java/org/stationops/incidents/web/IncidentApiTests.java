package org.stationops.incidents.web;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.stationops.support.StationWebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

@StationWebTest
class IncidentApiTests {

	@Autowired
	MockMvcTester mvc;

	static String basic(String username) {
		return "Basic "
				+ Base64.getEncoder().encodeToString((username + ":demo-password").getBytes(StandardCharsets.UTF_8));
	}

	static String payload(String externalRef, String phone, String category) {
		return """
				{"externalRef": "%s", "receivedAt": "%s", "source": "EMERGENCY_110",
				 "categoryCode": "%s", "location": "梅陇路 100 号", "areaName": "华梅社区",
				 "reporterName": "接口报警人", "reporterPhone": "%s", "description": "110 转来：店内手机被盗窃"}
				""".formatted(externalRef, OffsetDateTime.now(ZoneOffset.ofHours(8)).minusMinutes(5).withNano(0),
				category, phone);
	}

	MvcTestResult post(String username, String body) {
		return this.mvc.post()
			.uri("/api/v1/incidents")
			.header("Authorization", basic(username))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.exchange();
	}

	@Test
	void registersAGoodPayloadAndRefusesItsResend() {
		String ref = "110-" + UUID.randomUUID();
		MvcTestResult created = post("ml.duty", payload(ref, "13912345678", "CRIMINAL.THEFT"));
		assertThat(created).hasStatus(HttpStatus.CREATED)
			.bodyJson()
			.extractingPath("$.receiptNumber")
			.asString()
			.startsWith("ML-");
		assertThat(created).headers().containsHeader("Location");
		assertThat(post("ml.duty", payload(ref, "13912345678", "CRIMINAL.THEFT"))).hasStatus(HttpStatus.CONFLICT)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void refusesANumberForAMomentAndFarOffYearsWithProblemDetails() {
		String good = payload("110-" + UUID.randomUUID(), "13912345678", "CRIMINAL.THEFT");
		String receivedAt = good.replaceAll("(?s).*\"receivedAt\": (\"[^\"]+\").*", "$1");
		for (String moment : new String[] { "1700000000", "1700000000.5", "\"0001-01-01T00:00:00+08:00\"",
				"\"+294277-01-01T00:00:00Z\"", "\"1899-12-31T23:00:00+08:00\"" }) {
			assertThat(post("ml.duty", good.replace(receivedAt, moment))).as(moment)
				.hasStatus(HttpStatus.BAD_REQUEST)
				.hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		}
	}

	@Test
	void answersProblemDetailsWithAnErrorPerField() {
		MvcTestResult result = post("ml.duty", """
				{"source": "EMERGENCY_110", "categoryCode": "", "location": "x", "reporterName": "x",
				 "reporterPhone": "123", "reporterIdNumber": "110101199003071234", "description": "x"}
				""");
		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.status").asNumber().isEqualTo(400);
		assertThat(result).bodyJson()
			.extractingPath("$.errors[*].field")
			.asArray()
			.contains("receivedAt", "categoryCode", "reporterPhone", "reporterIdNumber");
	}

	@Test
	void answersProblemDetailsForMalformedJsonAndUnknownCategories() {
		assertThat(post("ml.duty", "{not json")).hasStatus(HttpStatus.BAD_REQUEST)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(post("ml.duty", payload("", "13912345678", "NO.SUCH"))).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("categoryCode");
	}

	@Test
	void refusesANulCharacterInAPayloadWithProblemDetails() {
		String body = payload("110-" + UUID.randomUUID(), "13912345678", "CRIMINAL.THEFT").replace("店内手机被盗窃",
				"店内\\u0000手机被盗窃");
		assertThat(post("ml.duty", body)).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.asString()
			.isEqualTo("description");
	}

	@Test
	void answersUnauthorizedAndForbiddenAsProblemDetails() {
		assertThat(this.mvc.post()
			.uri("/api/v1/incidents")
			.contentType(MediaType.APPLICATION_JSON)
			.content(payload("", "13912345678", "CRIMINAL.THEFT"))).hasStatus(HttpStatus.UNAUTHORIZED)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(this.mvc.post()
			.uri("/api/v1/incidents")
			.header("Authorization", "Basic " + Base64.getEncoder().encodeToString("ml.duty:wrong".getBytes()))
			.contentType(MediaType.APPLICATION_JSON)
			.content(payload("", "13912345678", "CRIMINAL.THEFT"))).hasStatus(HttpStatus.UNAUTHORIZED);
		assertThat(post("admin", payload("", "13912345678", "CRIMINAL.THEFT"))).hasStatus(HttpStatus.FORBIDDEN)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void answersNotFoundForAnotherStationsIncidentAndUnknownPaths() {
		MvcTestResult created = post("ml.duty", payload("", "13912345678", "CRIMINAL.THEFT"));
		String location = created.getResponse().getHeader("Location");
		assertThat(this.mvc.get().uri(location).header("Authorization", basic("ml.officer"))).hasStatusOk();
		assertThat(this.mvc.get().uri(location).header("Authorization", basic("ds.officer")))
			.hasStatus(HttpStatus.NOT_FOUND)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(this.mvc.get().uri("/api/v1/nothing-here").header("Authorization", basic("ml.officer")))
			.hasStatus(HttpStatus.NOT_FOUND)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

}
