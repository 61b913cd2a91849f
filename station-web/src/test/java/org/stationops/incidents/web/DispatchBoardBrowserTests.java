package org.stationops.incidents.web;

import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.stationops.incidents.IncidentDetails;
import org.stationops.incidents.IncidentService;
import org.stationops.incidents.IncidentSource;
import org.stationops.shared.Scope;
import org.stationops.stations.StationService;
import org.stationops.support.BrowserTest;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class DispatchBoardBrowserTests extends BrowserTest {

	@Autowired
	IncidentService incidents;

	@Autowired
	StationService stations;

	@Autowired
	Clock clock;

	@Test
	void dispatchWithoutOfficerOrTeamStaysOnTheBoardAndSaysWhatToFixOnTheRow() {
		// the demo data may leave no incident waiting for dispatch at this time of day
		Long station = this.stations.getByCode("ML").getId();
		this.incidents
			.register(Scope.station(station), station,
					new IncidentDetails(this.clock.instant().minusSeconds(60), IncidentSource.PHONE,
							"PUBLIC_ORDER.NOISE", "派警提示测试", null, null, null, "报警人", "", "", "派警提示测试"),
					null, null, "ml.duty");
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
