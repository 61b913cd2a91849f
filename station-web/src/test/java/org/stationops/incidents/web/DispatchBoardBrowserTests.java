package org.stationops.incidents.web;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.stationops.support.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

class DispatchBoardBrowserTests extends BrowserTest {

	@Test
	void dispatchWithoutOfficerOrTeamStaysOnTheBoardAndSaysWhatToFixOnTheRow() {
		signIn("ml.duty");
		open("/dispatch");
		WebElement row = waitFor(By.xpath("//table[@id='board']//tr[.//form[contains(@action,'/dispatch')]"
				+ " and .//select[@name='officerId']]"));
		String rowId = row.getAttribute("id");
		String receipt = row.findElement(By.tagName("a")).getText();

		row.findElement(By.xpath(".//form[.//select[@name='officerId']]//button[@type='submit']")).click();

		WebElement error = waitFor(By.cssSelector("#" + rowId + " .board-error"));
		assertThat(browser().getCurrentUrl()).contains("/dispatch");
		assertThat(error.getText()).isEqualTo("请指派民警或处警组");
		assertThat(text(By.id("board-alert"))).contains(receipt, "请指派民警或处警组");
		assertThat(browser().findElement(By.id(rowId)).getAttribute("class")).contains("table-danger");
		screenshot("incidents-dispatch-error");
	}

}
