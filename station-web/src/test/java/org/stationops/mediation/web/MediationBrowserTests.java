package org.stationops.mediation.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.stationops.incidents.IncidentDetails;
import org.stationops.incidents.IncidentService;
import org.stationops.incidents.IncidentSource;
import org.stationops.shared.Scope;
import org.stationops.stations.StationService;
import org.stationops.support.BrowserTest;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An incident referred to mediation, its dispute file through sessions, the agreement and
 * its PDF, the follow-up visit and the closure a supervisor approves; screenshots for the
 * user guide.
 */
class MediationBrowserTests extends BrowserTest {

	@Autowired
	IncidentService incidents;

	@Autowired
	StationService stations;

	@Autowired
	org.stationops.mediation.DisputeService disputes;

	@Test
	void takesAReferredIncidentFromTheDisputeFileToAnApprovedClosure() {
		String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
		signIn("ml.officer");
		open("/?lang=zh-CN");
		waitFor(By.id("mediation-panel"));
		screenshot("mediation-dashboard");
		open("/mediation");
		waitFor(By.id("disputes"));
		screenshot("mediation-list");

		open("/mediation/new");
		waitFor(By.id("dispute-form"));
		screenshot("mediation-register");

		Long incident = this.incidents
			.register(Scope.bureau(), this.stations.getByCode("ML").getId(),
					new IncidentDetails(Instant.now().minusSeconds(3600), IncidentSource.EMERGENCY_110,
							"PUBLIC_ORDER.DISPUTE", "华梅路 88 号底商", null, null, null, "周晓梅", "13912340001", "",
							"楼下烧烤店夜间噪音和油烟扰民，居民与店主发生争执"),
					null, null, "ml.officer")
			.getId();
		open("/incidents/" + incident);
		new Select(waitFor(By.id("disposition-select"))).selectByValue("REFERRED_TO_MEDIATION");
		click(browser().findElement(By.id("dispose")));
		click(waitFor(By.id("mediation-link")));
		assertThat(text(By.id("file-number"))).startsWith("ML-RT-");
		assertThat(text(By.tagName("h1"))).contains("烧烤店夜间噪音");

		addParty("PERSON", "APPLICANT", "周晓梅", "11010519491231002X", "", "13912340001");
		addParty("ENTERPRISE", "RESPONDENT", "华梅烧烤店", "", "914403001922038216", "");
		new Select(browser().findElement(By.id("officerId"))).selectByVisibleText("张伟");
		click(browser().findElement(By.id("add-mediator")));
		waitFor(By.id("mediators"));

		WebElement session = waitFor(By.id("session-form"));
		session.findElement(By.id("participants")).sendKeys("周晓梅、烧烤店店主、社区民警张伟");
		session.findElement(By.id("record")).sendKeys("店主同意晚十点后停止室外经营，并加装油烟净化器。");
		click(session.findElement(By.id("add-session")));
		waitFor(By.id("agreement-form"));

		WebElement agreement = browser().findElement(By.id("agreement-form"));
		agreement.findElement(By.id("facts")).sendKeys("烧烤店夜间室外经营，噪音和油烟影响楼上居民休息。");
		agreement.findElement(By.id("responsibilities")).sendKeys("烧烤店负主要责任。");
		agreement.findElement(By.id("terms")).sendKeys("一、晚十点后停止室外经营；二、一个月内加装油烟净化器。");
		agreement.findElement(By.id("performanceManner")).sendKeys("店主自行整改，社区民警回访核实");
		setDate(agreement.findElement(By.id("performanceDeadline")), today);
		screenshot("mediation-file");
		click(agreement.findElement(By.id("record-agreement")));
		waitFor(By.id("agreement-pdf"));
		assertThat(text(By.id("confirmation-reminder"))).contains("三十日");
		assertThat(browser().findElement(By.id("agreement-pdf")).getAttribute("href")).endsWith("/agreement.pdf");
		screenshot("mediation-agreement");

		WebElement followUp = waitFor(By.id("follow-up-form"));
		new Select(followUp.findElement(By.id("performed"))).selectByValue("true");
		followUp.findElement(By.id("outcome")).sendKeys("已停止夜间室外经营，净化器已安装。");
		new Select(followUp.findElement(By.id("satisfaction"))).selectByValue("SATISFIED");
		click(followUp.findElement(By.id("record-follow-up")));
		click(waitFor(By.id("request-closure")));
		assertThat(text(By.id("dispute-status"))).isEqualTo("待审批销号");
		String file = browser().getCurrentUrl();

		signIn("ml.supervisor");
		open("/?lang=zh-CN");
		browser().get(file);
		waitFor(By.id("approve-closure"));
		screenshot("mediation-closure");
		click(browser().findElement(By.id("approve-closure")));
		assertThat(text(By.id("dispute-status"))).isEqualTo("已销号");

		open("/mediation/report?from=" + LocalDate.parse(today).minusDays(60) + "&to=" + today);
		waitFor(By.id("report-figures"));
		new org.openqa.selenium.support.ui.WebDriverWait(browser(), java.time.Duration.ofSeconds(10))
			.until(d -> (Boolean) ((org.openqa.selenium.JavascriptExecutor) d).executeScript(
					"return document.querySelectorAll('canvas.mediation-chart').length > 0 && typeof Chart !== 'undefined' && !!Chart.getChart(document.querySelector('canvas.mediation-chart'))"));
		screenshot("mediation-report");
	}

	@Test
	void showsAPoliceMediationWithItsCaseAndNextSessionDeadline() {
		signIn("ml.officer");
		open("/mediation/new?lang=zh-CN");
		new Select(waitFor(By.id("kind"))).selectByValue("POLICE");
		assertThat(new Select(browser().findElement(By.id("caseId"))).getOptions()).hasSizeGreaterThan(1);
		open("/mediation?status=OPEN");
		click(waitFor(By.linkText(policeFileNumber("深夜播放音乐干扰邻居纠纷"))));
		assertThat(text(By.id("session-deadline"))).contains("下一次调解须于");
		screenshot("mediation-police");
	}

	private String policeFileNumber(String title) {
		return this.disputes.list(Scope.bureau(), null, org.springframework.data.domain.PageRequest.of(0, 500))
			.stream()
			.filter(d -> d.getTitle().equals(title))
			.findFirst()
			.orElseThrow()
			.getFileNumber();
	}

	private void addParty(String type, String role, String name, String idNumber, String creditCode, String phone) {
		WebElement form = waitFor(By.id("party-form"));
		new Select(form.findElement(By.id("partyType"))).selectByValue(type);
		new Select(form.findElement(By.id("role"))).selectByValue(role);
		form.findElement(By.id("name")).sendKeys(name);
		form.findElement(By.id("idNumber")).sendKeys(idNumber);
		form.findElement(By.id("creditCode")).sendKeys(creditCode);
		form.findElement(By.id("phone")).sendKeys(phone);
		click(form.findElement(By.id("add-party")));
		waitFor(By.id("parties"));
		assertThat(text(By.id("parties"))).contains(name);
	}

	private void setDate(WebElement input, String isoDate) {
		browser().executeScript("arguments[0].value = arguments[1];", input, isoDate);
	}

}
