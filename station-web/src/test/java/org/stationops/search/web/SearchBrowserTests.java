package org.stationops.search.web;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.stationops.support.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

class SearchBrowserTests extends BrowserTest {

	@Test
	void receiptNumberTypedInTheNavbarOpensTheIncident() {
		signIn("ml.duty");
		open("/incidents");
		String receipt = waitFor(By.cssSelector("#incidents tbody a[href^='/incidents/']")).getText();
		open("/");
		type(By.id("nav-search"), receipt);
		screenshot("search-navbar");
		browser().findElement(By.id("nav-search")).sendKeys(Keys.ENTER);
		waitFor(By.tagName("h1"));
		assertThat(browser().getCurrentUrl()).matches(".*/incidents/\\d+");
		assertThat(browser().getPageSource()).contains(receipt);
	}

}
