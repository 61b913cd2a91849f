package org.stationops.system;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.stationops.support.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

class LanguageBrowserTests extends BrowserTest {

	@Test
	void signsInInChineseSwitchesToEnglishAndBack() {
		open("/login");
		assertThat(text(By.tagName("h1"))).isEqualTo("登录");
		screenshot("login");

		signIn("ml.supervisor");
		assertThat(text(By.tagName("h1"))).contains("王强");
		assertThat(text(By.cssSelector(".navbar"))).contains("工作台", "警情/案件", "矛盾调解");
		screenshot("dashboard-zh");

		click(By.id("lang-switch"));
		assertThat(text(By.cssSelector(".navbar"))).contains("Dashboard", "Mediation");
		screenshot("dashboard-en");

		click(By.id("lang-switch"));
		assertThat(text(By.cssSelector(".navbar"))).contains("工作台");
	}

	@Test
	void showsTheStationProfileOnAPhoneSizedWindow() {
		signIn("ml.officer");
		phoneSized();
		open("/stations");
		click(By.linkText("梅陇派出所"));
		assertThat(text(By.id("police-ratio"))).isEqualTo("5.3");
		screenshot("station-profile-phone");
	}

	@Test
	void rejectsAWrongPasswordWithoutSayingWhichPartWasWrong() {
		open("/login");
		type(By.id("username"), "ml.officer");
		type(By.id("password"), "not-the-password");
		click(By.id("sign-in"));
		assertThat(text(By.id("login-error"))).contains("用户名或密码错误");
	}

	@Test
	void showsForbiddenAndNotFoundPagesInTheLayoutAndLanguage() {
		signIn("ml.officer");
		open("/admin/officers");
		assertThat(text(By.tagName("h1"))).isEqualTo("无权访问");
		assertThat(text(By.id("current-user"))).isEqualTo("张伟");
		open("/stations/987654?lang=en");
		assertThat(text(By.tagName("h1"))).isEqualTo("Not found");
		open("/?lang=zh-CN");
	}

	@Test
	void showsAMistypedAddressOrMissingParameterInTheLayoutInsteadOfAWhitelabelPage() {
		signIn("ml.officer");
		open("/cases/1/stage");
		assertThat(text(By.tagName("h1"))).isEqualTo("无法处理该请求");
		assertThat(text(By.id("current-user"))).isEqualTo("张伟");
		open("/?lang=zh-CN");
	}

}
