package org.stationops.system;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.stationops.shared.web.OfficerPrincipal;
import org.stationops.support.StationWebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Every form a page renders is carried out once, however often it is sent.
 */
@StationWebTest
class DoubleSubmissionTests {

	private static final Pattern KEY = Pattern.compile("name=\"_submission\" value=\"([0-9a-f-]{36})\"");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcTemplate jdbc;

	OfficerPrincipal as(String username) {
		return (OfficerPrincipal) this.users.loadUserByUsername(username);
	}

	@Test
	void rendersASubmissionKeyInEveryPostFormButNotInSearchForms() throws Exception {
		String page = this.mvc.get()
			.uri("/consultations/new")
			.with(user(as("ml.officer")))
			.exchange()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(KEY.matcher(page).find()).isTrue();
		String list = this.mvc.get()
			.uri("/consultations")
			.with(user(as("ml.officer")))
			.exchange()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(list).contains("<form")
			.satisfies(html -> assertThat(html.split("_submission", -1).length - 1).isEqualTo(countPostForms(html)));
	}

	@Test
	void createsOneRecordWhenTheSameFormIsSentTwice() {
		String question = "重复提交测试 " + UUID.randomUUID();
		String key = UUID.randomUUID().toString();
		MvcTestResult first = send(question, key);
		assertThat(first).hasStatus(HttpStatus.FOUND);
		String location = first.getResponse().getRedirectedUrl();
		assertThat(location).matches(".*/consultations/\\d+");

		MvcTestResult second = send(question, key);
		assertThat(second).hasStatus(HttpStatus.FOUND);
		assertThat(second.getResponse().getRedirectedUrl()).isEqualTo(location);
		assertThat(this.jdbc.queryForObject("select count(*) from consultations where question = ?", Integer.class,
				question))
			.isEqualTo(1);
	}

	@Test
	void letsAFormThatCameBackWithErrorsBeSentAgain() {
		String key = UUID.randomUUID().toString();
		assertThat(send("", key)).hasStatusOk();
		String question = "改正后再提交 " + UUID.randomUUID();
		assertThat(send(question, key)).hasStatus(HttpStatus.FOUND);
		assertThat(this.jdbc.queryForObject("select count(*) from consultations where question = ?", Integer.class,
				question))
			.isEqualTo(1);
	}

	@Test
	void doesNotSendAnotherUsersSubmissionToItsOutcome() {
		String key = UUID.randomUUID().toString();
		assertThat(send("他人的提交 " + UUID.randomUUID(), key)).hasStatus(HttpStatus.FOUND);
		assertThat(this.mvc.post()
			.uri("/consultations")
			.with(user(as("ml.duty")))
			.with(csrf())
			.param("_submission", key)
			.param("channel", "HOTLINE")
			.param("topic", "OTHER")
			.param("question", "另一位民警")
			.param("receivedAt", "2026-11-30T09:00")).hasStatus(HttpStatus.CONFLICT);
	}

	private MvcTestResult send(String question, String key) {
		return this.mvc.post()
			.uri("/consultations")
			.with(user(as("ml.officer")))
			.with(csrf())
			.param("_submission", key)
			.param("channel", "HOTLINE")
			.param("topic", "OTHER")
			.param("question", question)
			.param("receivedAt", "2026-11-30T09:00")
			.exchange();
	}

	private static int countPostForms(String html) {
		Matcher forms = Pattern.compile("<form[^>]*method=\"post\"", Pattern.CASE_INSENSITIVE).matcher(html);
		int count = 0;
		while (forms.find()) {
			count++;
		}
		return count;
	}

}
