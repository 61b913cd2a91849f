package org.stationops.cases.web;

import java.time.LocalDateTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.stationops.support.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole path of issue 3: intake → receipt → dispatch → case → supervisor approval →
 * public tracking.
 */
class IncidentToCaseBrowserTests extends BrowserTest {

	@Test
	void aReportBecomesACaseWhoseApprovedFilingTheReporterCanFollow() {
		signIn("ml.duty");
		open("/incidents/new?lang=zh-CN");
		waitFor(By.id("incident-form"));
		browser().executeScript("document.getElementById('receivedAt').value = arguments[0]",
				LocalDateTime.now(ZoneId.of("Asia/Shanghai")).minusMinutes(5).withSecond(0).withNano(0).toString());
		new Select(browser().findElement(By.id("source"))).selectByValue("WALK_IN");
		new Select(browser().findElement(By.id("categoryCode"))).selectByValue("CRIMINAL.THEFT");
		type(By.id("location"), "华梅社区 3 号楼地下车库");
		new Select(browser().findElement(By.id("areaId"))).selectByVisibleText("华梅社区");
		type(By.id("reporterName"), "林先生");
		type(By.id("reporterPhone"), "13811112222");
		type(By.id("description"), "报警人称停在车库的电动自行车被盗窃。");
		click(By.id("save"));
		String receipt = text(By.id("receipt-number"));
		String code = text(By.id("query-code"));

		open("/dispatch");
		waitFor(By.id("board"));
		String row = "//tr[.//a[text()='" + receipt + "']]";
		new Select(browser().findElement(By.xpath(row + "//select[@name='officerId']"))).selectByVisibleText("陈晨");
		click(By.xpath(row + "//button[@type='submit']"));
		waitFor(By.id("board"));
		click(By.xpath(row + "//button[@type='submit']"));
		waitFor(By.id("board"));

		click(By.xpath(row + "//a[text()='" + receipt + "']"));
		new Select(waitFor(By.id("disposition-select"))).selectByValue("CASE_OPENED");
		click(By.id("dispose"));
		click(By.id("case-link"));
		assertThat(text(By.id("case-stage"))).isEqualTo("受案");
		String caseNumber = browser().findElement(By.cssSelector("h1 + div code")).getText();
		new Select(browser().findElement(By.id("decision"))).selectByValue("FILING");
		type(By.id("note"), "有犯罪事实，需要追究刑事责任。");
		click(By.id("submit-decision"));
		waitFor(By.id("case-reviews"));

		browser().manage().deleteAllCookies();
		signIn("ml.supervisor");
		open("/supervision?lang=zh-CN");
		WebElement row2 = waitFor(By.xpath("//tr[.//a[text()='" + caseNumber + "']]"));
		row2.findElement(By.name("publicNote")).sendKeys("已立案侦查，请耐心等待。");
		click(row2.findElement(By.xpath(".//button[starts-with(@id,'approve-')]")));
		waitFor(By.id("review-queue"));

		browser().manage().deleteAllCookies();
		open("/track");
		type(By.id("receiptNumber"), receipt);
		type(By.id("queryCode"), code);
		click(By.id("track"));
		assertThat(text(By.id("track-result"))).contains("受案", "立案", "已立案侦查，请耐心等待。")
			.doesNotContain("林先生", "13811112222");
		screenshot("cases-public-tracking");
	}

}
