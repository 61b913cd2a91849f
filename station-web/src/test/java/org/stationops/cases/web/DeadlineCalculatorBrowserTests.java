package org.stationops.cases.web;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.stationops.support.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A supervisor works out a 治安 case's time limit under the 2012 law in the deadline
 * calculator and reads each step; a second extension under that law is refused with the
 * facts kept. Screenshot for the user guide.
 */
class DeadlineCalculatorBrowserTests extends BrowserTest {

	@Test
	void aSupervisorCalculatesA2012CaseTimeLimitWithItsSteps() {
		signIn("ml.supervisor");
		open("/deadlines?lang=zh-CN");
		waitFor(By.id("deadline-form"));
		new Select(browser().findElement(By.id("clock"))).selectByValue("CASE_TIME_LIMIT");
		browser().executeScript("document.getElementById('acceptedAt').value = '2025-12-20T10:00';"
				+ "document.getElementById('filedOn').value = '2025-12-22';"
				+ "document.getElementById('pauseFrom').value = '2026-01-05';"
				+ "document.getElementById('pauseTo').value = '2026-01-10';");
		browser().findElement(By.id("extensions")).clear();
		type(By.id("extensions"), "1");
		new Select(browser().findElement(By.id("pauseReason"))).selectByValue("APPRAISAL");
		submit();
		waitFor(By.id("deadline-result"));
		assertThat(text(By.id("result-last-day"))).isEqualTo("2026-02-24");
		assertThat(text(By.id("result-law"))).contains("2012");
		assertThat(text(By.id("result-steps"))).contains("自受理之日起算", "第99条", "顺延至2026-02-24");
		screenshot("deadlines-calculator");

		browser().findElement(By.id("extensions")).clear();
		type(By.id("extensions"), "2");
		submit();
		waitFor(By.id("deadline-form"));
		assertThat(browser().getPageSource()).contains("最多可延长1次");
		assertThat(browser().findElement(By.id("extensions")).getAttribute("value")).isEqualTo("2");
	}

	private void submit() {
		browser().executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();",
				browser().findElement(By.id("calculate")));
	}

}
