package org.stationops.analysis.web;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.stationops.support.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

class ScreenBrowserTests extends BrowserTest {

	@Test
	void stationHeadSeesTheScreenWithItsMapAndItRefreshesWithoutReloading() {
		signIn("ml.supervisor");
		open("/screen?lang=zh-CN");
		assertThat(text(By.tagName("h1"))).contains("梅陇派出所", "一屏调度");
		assertThat(text(By.id("fig-today"))).contains("今日警情");
		assertThat(text(By.id("screen-units"))).contains("可调派");
		waitFor(By.cssSelector("#screen-map svg#station-map"));
		assertThat(browser().getPageSource()).doesNotContain("岱山派出所");
		screenshot("screen-station");

		browser().executeScript("window.notReloaded = true;");
		String first = text(By.id("screen-read-at"));
		new WebDriverWait(browser(), Duration.ofSeconds(50))
			.until(d -> !first.equals(d.findElement(By.id("screen-read-at")).getText()));
		assertThat(browser().executeScript("return window.notReloaded === true;")).isEqualTo(Boolean.TRUE);
		assertThat(text(By.id("fig-open"))).contains("未处结警情");

		click(By.id("fig-overdue"));
		assertThat(browser().getCurrentUrl()).endsWith("/supervision");
	}

	@Test
	void bureauSupervisorSwitchesStationAndComparesStations() {
		signIn("bureau");
		open("/screen/compare?lang=zh-CN");
		assertThat(text(By.id("compare-table"))).contains("梅陇派出所", "岱山派出所", "今日警情", "服务站在岗");
		screenshot("screen-compare");
		click(By.linkText("岱山派出所"));
		assertThat(text(By.tagName("h1"))).contains("岱山派出所");
		waitFor(By.cssSelector("#screen-map svg"));
	}

}
