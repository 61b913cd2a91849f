package org.stationops.consultations.web;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.stationops.support.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

class ConsultationBrowserTests extends BrowserTest {

	@Test
	void officerLogsAnswersAndTurnsAConsultationIntoAnIncident() {
		signIn("ds.liaison");
		open("/consultations/new");
		new Select(waitFor(By.id("channel"))).selectByValue("WORK_ACCOUNT");
		new Select(browser().findElement(By.id("topic"))).selectByValue("FRAUD_HELP");
		type(By.id("personName"), "贺女士");
		type(By.id("personPhone"), "13905800521");
		type(By.id("question"), "“客服”说我的百万保障要扣费，让我把钱转到安全账户");
		screenshot("consultations-new");
		click(By.id("save"));

		waitFor(By.id("answer-form"));
		type(By.id("answer"), "这是诈骗，请勿转账；已为您登记警情，民警将回电。");
		click(By.id("save-answer"));
		assertThat(text(By.id("answer-given"))).contains("这是诈骗");
		type(By.id("location"), "岱山街道（网络）");
		click(By.id("open-incident"));
		assertThat(text(By.id("incident"))).startsWith("DS-");
		screenshot("consultations-detail");

		open("/consultations/report");
		assertThat(text(By.id("counts"))).contains("微信工作号", "涉诈求助");
		screenshot("consultations-report");
	}

}
