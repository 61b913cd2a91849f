package org.stationops.cases.web;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.stationops.support.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An officer opens a case and submits the filing decision; the station supervisor
 * approves it from the review queue and the case moves to 立案. Screenshots for the user
 * guide.
 */
class CaseReviewBrowserTests extends BrowserTest {

	@Test
	void anOfficerSubmitsAFilingDecisionAndTheSupervisorApprovesIt() {
		String title = "浏览器测试盗窃案-" + UUID.randomUUID().toString().substring(0, 8);
		signIn("ml.officer");
		open("/cases?stage=INVESTIGATING&lang=zh-CN");
		waitFor(By.id("cases"));
		screenshot("cases-list");
		browser().findElement(By.id("new-case")).click();
		type(By.id("title"), title);
		new Select(browser().findElement(By.id("kind"))).selectByValue("CRIMINAL");
		type(By.id("summary"), "小区车棚内电动自行车被盗，有监控录像。");
		type(By.id("lossAmount"), "3800");
		screenshot("cases-form");
		browser().findElement(By.id("save-case")).click();
		assertThat(text(By.id("case-stage"))).isEqualTo("受案");
		String caseNumber = browser().findElement(By.cssSelector("h1 + div code")).getText();

		new Select(browser().findElement(By.id("decision"))).selectByValue("FILING");
		type(By.id("note"), "被盗财物价值达到数额较大标准，有监控线索，建议立案侦查。");
		screenshot("cases-detail");
		browser().findElement(By.id("submit-decision")).click();
		waitFor(By.id("case-reviews"));
		assertThat(browser().getPageSource()).contains("已提交所领导审核");

		browser().manage().deleteAllCookies();
		signIn("ml.supervisor");
		open("/supervision?lang=zh-CN");
		waitFor(By.id("review-queue"));
		screenshot("cases-supervision");
		WebElement approve = browser()
			.findElement(By.xpath("//tr[.//a[text()='" + caseNumber + "']]//button[starts-with(@id,'approve-')]"));
		browser().executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", approve);
		waitFor(By.id("review-queue"));
		assertThat(browser().getPageSource()).contains("已审核通过");

		open("/cases?q=" + caseNumber);
		waitFor(By.linkText(caseNumber)).click();
		assertThat(text(By.id("case-stage"))).isEqualTo("立案");
		screenshot("cases-approved");
	}

}
