package org.stationops.system;

import java.util.Arrays;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.stationops.shared.web.OfficerPrincipal;
import org.stationops.support.StationWebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Hostile input answers 4xx in the layout, never 500.
 */
@StationWebTest
class HostileInputTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	UserDetailsService users;

	OfficerPrincipal as(String username) {
		return (OfficerPrincipal) this.users.loadUserByUsername(username);
	}

	@Test
	void answersATamperedCsrfTokenWithForbiddenInTheLayout() {
		byte[] tampered = new byte[72];
		Arrays.fill(tampered, 36, 72, (byte) 0xFF);
		String token = Base64.getUrlEncoder().encodeToString(tampered);
		assertThat(this.mvc.post().uri("/admin/officers/1/deactivate").param("_csrf", token).with(user(as("admin"))))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.post().uri("/login").param("_csrf", token).param("username", "x").param("password", "y"))
			.hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void answersFarOffDatesInListFiltersWithBadRequest() {
		for (String date : new String[] { "+294277-01-01", "-999999999-01-01", "0000-01-01", "-0001-12-31",
				"1899-12-31", "2101-01-01" }) {
			for (String list : new String[] { "/cases?from=", "/incidents?from=" }) {
				assertThat(this.mvc.get().uri(list + date).with(user(as("ml.officer")))).as(list + date)
					.hasStatus(HttpStatus.BAD_REQUEST);
			}
		}
		assertThat(this.mvc.get().uri("/cases?from=2026-01-01").with(user(as("ml.officer")))).hasStatusOk();
	}

	@Test
	void keepsAFormWithAFarOffDateAndExplainsIt() {
		assertThat(this.mvc.post()
			.uri("/mediation")
			.with(user(as("ml.officer")))
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.param("stationId", String.valueOf(as("ml.officer").stationId()))
			.param("kind", "PEOPLE")
			.param("source", "WALK_IN")
			.param("categoryCode", "NEIGHBOUR")
			.param("title", "测试：远年日期")
			.param("headcount", "2")
			.param("riskGrade", "BLUE")
			.param("registeredOn", "0000-01-01")).hasStatusOk().bodyText().contains("测试：远年日期", "请输入日期");
	}

	@Test
	void refusesAHeadcountInDigitsOfAnotherScriptAndKeepsTheForm() {
		for (String headcount : new String[] { "\u0661\u0662", "\uFF11\uFF12", "1\u0662" }) {
			assertThat(this.mvc.post()
				.uri("/mediation")
				.with(user(as("ml.officer")))
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
				.param("stationId", String.valueOf(as("ml.officer").stationId()))
				.param("kind", "PEOPLE")
				.param("source", "WALK_IN")
				.param("categoryCode", "NEIGHBOUR")
				.param("title", "测试：其他文字的数字")
				.param("headcount", headcount)
				.param("riskGrade", "BLUE")
				.param("registeredOn", "2026-11-30")).as(headcount).hasStatusOk().bodyText().contains("测试：其他文字的数字");
		}
	}

	@Test
	void refusesAWholeNumberWrittenAsTextInTheApi() {
		assertThat(this.mvc.post()
			.uri("/api/v1/deadlines")
			.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString("ml.supervisor:demo-password".getBytes()))
			.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
			.content(
					"""
							{"clock": "CASE_TIME_LIMIT", "acceptedAt": "2026-12-01T09:00:00+08:00", "filedOn": "2026-12-02", "extensions": "\u0661"}
							"""))
			.hasStatus(HttpStatus.BAD_REQUEST);
	}

	@Test
	void stripsControlCharactersAndTrimsBeforeTheRequiredCheck() {
		assertThat(this.mvc.post()
			.uri("/mediation")
			.with(user(as("ml.officer")))
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.param("stationId", String.valueOf(as("ml.officer").stationId()))
			.param("kind", "PEOPLE")
			.param("source", "WALK_IN")
			.param("categoryCode", "NEIGHBOUR")
			.param("title", "\u0001 \u0002")
			.param("headcount", "2")
			.param("riskGrade", "BLUE")
			.param("registeredOn", "2026-01-01")).hasStatusOk().bodyText().contains("必填");
	}

	@Test
	void answersAWrongContentTypeOrMethodOnTheApiWithProblemDetails() {
		String basic = "Basic " + Base64.getEncoder()
			.encodeToString("ml.duty:demo-password".getBytes(java.nio.charset.StandardCharsets.UTF_8));
		assertThat(this.mvc.post()
			.uri("/api/v1/incidents")
			.header("Authorization", basic)
			.contentType(org.springframework.http.MediaType.TEXT_PLAIN)
			.content("hello")).hasStatus(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
			.hasContentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(this.mvc.delete().uri("/api/v1/incidents/1").header("Authorization", basic))
			.hasStatus(HttpStatus.METHOD_NOT_ALLOWED)
			.hasContentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void refusesABuildingInAnUnknownBusinessCircleWithAMessage() {
		assertThat(this.mvc.post()
			.uri("/liaison/registers/buildings")
			.with(user(as("ml.liaison")))
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.param("name", "测试：他所商圈楼宇")
			.param("address", "梅陇路 1 号")
			.param("circleId", "999999999")).hasStatusOk().bodyText().contains("测试：他所商圈楼宇");
	}

}
