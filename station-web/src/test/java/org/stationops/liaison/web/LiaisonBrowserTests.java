package org.stationops.liaison.web;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.stationops.support.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

class LiaisonBrowserTests extends BrowserTest {

	static final By BROWSER_ENTERPRISE = By
		.xpath("//div[@data-enterprise][.//a[normalize-space()='" + LiaisonDemoData.BROWSER_TEST_ENTERPRISE + "']]");

	@Test
	void aLiaisonOfficerLogsAVisitOnAPhoneAndSeesTheNextDueDateMove() {
		signIn("ml.liaison");
		phoneSized();
		open("/liaison/mine");
		WebElement item = waitFor(BROWSER_ENTERPRISE);
		String before = item.findElement(By.className("next-due")).getText();
		assertThat(item.findElements(By.cssSelector(".due-badge.text-bg-danger"))).hasSize(1);
		screenshot("liaison-mine-phone");

		click(item.findElement(By.className("log-visit")));
		waitFor(By.id("save-visit"));
		click(browser().findElement(By.cssSelector("input[name=purposes][value=ANTI_FRAUD_PUBLICITY]")));
		type(By.id("peopleMet"), "店长 王某");
		type(By.id("findings"), "经营正常；发放反诈宣传册 20 份。");
		screenshot("liaison-visit-phone");
		click(browser().findElement(By.id("save-visit")));

		WebElement after = waitFor(BROWSER_ENTERPRISE);
		String next = after.findElement(By.className("next-due")).getText();
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		assertThat(next).isNotEqualTo(before).isEqualTo(today.plusDays(14).toString());
		assertThat(after.findElements(By.cssSelector(".due-badge.text-bg-danger"))).isEmpty();
		screenshot("liaison-mine-after-visit");
	}

	@Test
	void aSupervisorFollowsTheScreeningCampaignAndTheReport() {
		signIn("ml.supervisor");
		open("/liaison/screening");
		click(waitFor(By.partialLinkText("梅陇商务楼宇诈骗公司排摸")));
		assertThat(text(By.id("progress"))).contains("梅陇商务区", "春申商圈");
		screenshot("liaison-campaign");
		open("/liaison/report");
		waitFor(By.id("purpose-chart"));
		screenshot("liaison-report");
		open("/liaison/tickets");
		assertThat(text(By.id("tickets"))).contains("敲诈勒索");
		screenshot("liaison-fast-channel");
	}

	private void click(WebElement element) {
		browser().executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", element);
	}

}
