package org.stationops.system;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.stationops.support.StationWebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.logout;

@StationWebTest
class LoginTests {

	@Autowired
	MockMvcTester mvc;

	@Test
	void signsInWithTheRightPassword() {
		assertThat(this.mvc.perform(formLogin().user("ml.officer").password("demo-password"))).redirectedUrl()
			.isEqualTo("/");
	}

	@Test
	void answersWrongPasswordAndUnknownUserAlike() {
		MvcTestResult wrongPassword = this.mvc.perform(formLogin().user("ml.officer").password("wrong-password"));
		MvcTestResult unknownUser = this.mvc.perform(formLogin().user("nobody.here").password("wrong-password"));
		assertThat(wrongPassword).redirectedUrl().isEqualTo("/login?error");
		assertThat(unknownUser).redirectedUrl().isEqualTo("/login?error");
	}

	@Test
	void refusesDeactivatedOfficersEvenWithTheRightPassword() {
		assertThat(this.mvc.perform(formLogin().user("ml.retired").password("demo-password"))).redirectedUrl()
			.isEqualTo("/login?error");
	}

	@Test
	void changesTheSessionIdOnSignIn() {
		Cookie before = this.mvc.get().uri("/login").exchange().getResponse().getCookie("SESSION");
		assertThat(before).isNotNull();
		MvcTestResult result = this.mvc.perform(post("/login").cookie(before)
			.with(csrf())
			.param("username", "ml.officer")
			.param("password", "demo-password"));
		assertThat(result).hasStatus3xxRedirection();
		Cookie after = result.getResponse().getCookie("SESSION");
		assertThat(after).isNotNull();
		assertThat(after.getValue()).isNotEqualTo(before.getValue());
	}

	@Test
	void showsOneNeutralMessageOnTheLoginPageAfterAFailure() {
		assertThat(this.mvc.get().uri("/login?error")).bodyText().contains("用户名或密码错误");
		assertThat(this.mvc.get().uri("/login?error&lang=en")).bodyText().contains("Wrong user name or password");
	}

	@Test
	void listsDemoAccountsOnTheLoginPageInDemoMode() {
		assertThat(this.mvc.get().uri("/login")).bodyText().contains("ml.supervisor", "demo-password");
	}

	@Test
	void signsOutToTheLoginPage() {
		assertThat(this.mvc.perform(logout())).redirectedUrl().isEqualTo("/login?logout");
	}

	@Test
	void speaksTheOfficersPreferredLanguageAfterSignIn() {
		MvcTestResult login = this.mvc.perform(formLogin().user("ds.liaison").password("demo-password"));
		// sessions live in PostgreSQL (Spring Session): the SESSION cookie carries them
		Cookie session = login.getResponse().getCookie("SESSION");
		assertThat(this.mvc.get().uri("/").cookie(session)).bodyText().contains("工作台");
		assertThat(this.mvc.get().uri("/").param("lang", "en").cookie(session)).bodyText().contains("Dashboard");
		MvcTestResult again = this.mvc.perform(formLogin().user("ds.liaison").password("demo-password"));
		assertThat(this.mvc.get().uri("/").cookie(again.getResponse().getCookie("SESSION"))).bodyText()
			.contains("Dashboard");
		this.mvc.get().uri("/").param("lang", "zh-CN").cookie(session).exchange();
	}

}
