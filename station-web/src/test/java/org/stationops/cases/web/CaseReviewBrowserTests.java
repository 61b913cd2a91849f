package org.stationops.cases.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.stationops.cases.CaseActor;
import org.stationops.cases.CaseDetails;
import org.stationops.cases.CaseFile;
import org.stationops.cases.CaseKind;
import org.stationops.cases.CaseService;
import org.stationops.cases.FilingTrack;
import org.stationops.cases.SuspectStatus;
import org.stationops.shared.web.OfficerPrincipal;
import org.stationops.support.BrowserTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

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
		click(By.id("new-case"));
		type(By.id("title"), title);
		new Select(browser().findElement(By.id("kind"))).selectByValue("CRIMINAL");
		type(By.id("summary"), "小区车棚内电动自行车被盗，有监控录像。");
		type(By.id("lossAmount"), "3800");
		screenshot("cases-form");
		click(By.id("save-case"));
		assertThat(text(By.id("case-stage"))).isEqualTo("受案");
		String caseNumber = browser().findElement(By.cssSelector("h1 + div code")).getText();

		new Select(browser().findElement(By.id("decision"))).selectByValue("FILING");
		type(By.id("note"), "被盗财物价值达到数额较大标准，有监控线索，建议立案侦查。");
		screenshot("cases-detail");
		click(By.id("submit-decision"));
		waitFor(By.id("case-reviews"));
		assertThat(browser().getPageSource()).contains("已提交所领导审核");

		browser().manage().deleteAllCookies();
		signIn("ml.supervisor");
		open("/supervision?lang=zh-CN");
		waitFor(By.id("review-queue"));
		screenshot("cases-supervision");
		WebElement approve = browser()
			.findElement(By.xpath("//tr[.//a[text()='" + caseNumber + "']]//button[starts-with(@id,'approve-')]"));
		click(approve);
		waitFor(By.id("review-queue"));
		assertThat(browser().getPageSource()).contains("已审核通过");

		open("/cases?q=" + caseNumber);
		click(By.linkText(caseNumber));
		assertThat(text(By.id("case-stage"))).isEqualTo("立案");
		screenshot("cases-approved");
	}

	@Autowired
	CaseService cases;

	@Autowired
	UserDetailsService users;

	@Test
	void intakeAndCasePagesFitAPhoneWithoutSidewaysScrolling() {
		OfficerPrincipal me = (OfficerPrincipal) this.users.loadUserByUsername("ml.officer");
		CaseActor actor = new CaseActor(me.officerId(), me.displayName());
		CaseFile caseFile = this.cases.open(me.scope(), me.stationId(),
				new CaseDetails("手机版面测试-" + UUID.randomUUID(), CaseKind.CRIMINAL, null, "测试", me.officerId(), "",
						Instant.now().minus(1, ChronoUnit.HOURS), false, FilingTrack.STANDARD, BigDecimal.ZERO,
						BigDecimal.ZERO),
				actor, null, null);
		this.cases.addSuspect(me.scope(), caseFile.getId(), "欧阳某某", "11010519491231002X",
				SuspectStatus.COMPULSORY_MEASURES, actor);
		signIn("ml.officer");
		phoneSized();
		for (String path : new String[] { "/incidents/new?lang=zh-CN", "/cases/new", "/cases/" + caseFile.getId() }) {
			open(path);
			waitFor(By.tagName("h1"));
			Object overflow = browser()
				.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
			assertThat(((Number) overflow).intValue()).as(path).isLessThanOrEqualTo(0);
		}
	}

}
