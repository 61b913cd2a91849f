package org.stationops.system;

import org.junit.jupiter.api.Test;
import org.stationops.support.StationWebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
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
		MockHttpSession session = new MockHttpSession();
		String before = session.getId();
		MvcTestResult result = this.mvc.perform(formLogin().user("ml.officer").password("demo-password"));
		assertThat(result.getRequest().getSession().getId()).isNotEqualTo(before);
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
		MockHttpSession session = (MockHttpSession) login.getRequest().getSession();
		assertThat(this.mvc.get().uri("/").session(session)).bodyText().contains("工作台");
		assertThat(this.mvc.get().uri("/").param("lang", "en").session(session)).bodyText().contains("Dashboard");
		MvcTestResult again = this.mvc.perform(formLogin().user("ds.liaison").password("demo-password"));
		assertThat(this.mvc.get().uri("/").session((MockHttpSession) again.getRequest().getSession())).bodyText()
			.contains("Dashboard");
		this.mvc.get().uri("/").param("lang", "zh-CN").session(session).exchange();
	}

}
