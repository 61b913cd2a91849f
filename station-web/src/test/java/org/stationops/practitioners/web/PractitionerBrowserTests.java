package org.stationops.practitioners.web;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.stationops.support.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

class PractitionerBrowserTests extends BrowserTest {

	@Test
	void officerStartsACampaignChecksACourierAndSeesTheProgressPerTrade() {
		signIn("ds.officer");
		open("/practitioners?lang=zh-CN");
		assertThat(text(By.id("practitioners"))).contains("王快递", "快递员").doesNotContain("330921199504120");
		screenshot("practitioners-register");

		open("/practitioners/campaigns?lang=zh-CN");
		String name = "浏览器测试排查 " + System.nanoTime();
		type(By.id("name"), name);
		click(By.id("start-campaign"));
		assertThat(text(By.id("trades-error"))).isNotBlank();
		click(By.cssSelector("input[name='trades'][value='COURIER']"));
		click(By.id("start-campaign"));

		assertThat(text(By.id("progress"))).contains("快递员");
		new Select(waitFor(By.id("practitionerId"))).selectByVisibleText("钱小跑");
		new Select(waitFor(By.id("finding"))).selectByValue("CONCERN");
		type(By.id("concern"), "未进行实名登记");
		type(By.id("followUp"), "通知网点一周内补登");
		click(By.id("record-check"));
		assertThat(text(By.id("checks"))).contains("钱小跑", "未进行实名登记", "通知网点一周内补登");
		click(By.id("close-campaign"));
		assertThat(text(By.id("action-error"))).contains("未完成跟进");
		screenshot("practitioners-campaign");
	}

}
