package org.stationops.incidents.web;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.stationops.support.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

class ConfirmationBrowserTests extends BrowserTest {

	@Test
	void disposingAsksFirstSayingACaseWillBeOpenedAndCancellingLeavesTheIncidentOpen() {
		signIn("ml.duty");
		open("/dispatch");
		String link = waitFor(By.cssSelector("#board tbody a[href^='/incidents/']")).getAttribute("href");
		browser().get(link);
		waitFor(By.id("dispose"));
		new Select(browser().findElement(By.id("disposition-select"))).selectByIndex(1);

		browser().findElement(By.id("dispose")).click();
		Alert question = new WebDriverWait(browser(), Duration.ofSeconds(10))
			.until(ExpectedConditions.alertIsPresent());
		assertThat(question.getText()).contains("不能更改", "已受案", "生成一件案件");
		question.dismiss();

		assertThat(browser().getCurrentUrl()).isEqualTo(link);
		assertThat(waitFor(By.id("dispose")).isEnabled()).isTrue();
	}

}
