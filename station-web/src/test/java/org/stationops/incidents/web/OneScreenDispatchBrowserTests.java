package org.stationops.incidents.web;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.stationops.incidents.Incident;
import org.stationops.incidents.IncidentDetails;
import org.stationops.incidents.IncidentService;
import org.stationops.incidents.IncidentSource;
import org.stationops.shared.Scope;
import org.stationops.stations.StationService;
import org.stationops.support.BrowserTest;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class OneScreenDispatchBrowserTests extends BrowserTest {

	@Autowired
	IncidentService incidents;

	@Autowired
	StationService stations;

	@Autowired
	Clock clock;

	Incident register(String category, Duration ago, String location) {
		Long station = this.stations.getByCode("ML").getId();
		return this.incidents.register(Scope.station(station), station,
				new IncidentDetails(this.clock.instant().minus(ago), IncidentSource.EMERGENCY_110, category, location,
						null, null, null, "报警人", "", "", "一屏调度测试 " + location),
				null, null, "ml.duty");
	}

	@Test
	void aNewIncidentAppearsOnAnOpenBoardWithoutReloadAndKeepsWhatTheOfficerTyped() {
		Incident normal = register("PUBLIC_ORDER.NOISE", Duration.ofMinutes(3), "噪音 " + UUID.randomUUID());
		signIn("ml.duty");
		open("/dispatch?lang=zh-CN");
		WebElement team = waitFor(By.cssSelector("#board-" + normal.getId() + " input[name=team]"));
		team.sendKeys("巡逻一组");
		browser().executeScript("window.notReloaded = true;");
		waitFor(By.cssSelector("#units-column [data-board-units]"));

		Incident robbery = register("CRIMINAL.ROBBERY", Duration.ofMinutes(25), "抢劫 " + UUID.randomUUID());

		new WebDriverWait(browser(), Duration.ofSeconds(40))
			.until(d -> !d.findElements(By.id("board-" + robbery.getId())).isEmpty());
		assertThat(browser().executeScript("return window.notReloaded === true;")).isEqualTo(true);
		assertThat(browser().findElement(By.cssSelector("#board-" + normal.getId() + " input[name=team]"))
			.getDomProperty("value")).isEqualTo("巡逻一组");

		WebElement urgentRow = browser().findElement(By.id("board-" + robbery.getId()));
		assertThat(urgentRow.getAttribute("class")).contains("urgent-overdue");
		assertThat(urgentRow.findElement(By.className("overdue-flag")).getText()).isEqualTo("超时未派");
		assertThat(text(By.id("urgent-alert"))).contains(robbery.getReceiptNumber());
		List<WebElement> rows = browser().findElements(By.cssSelector("#board tbody tr[data-priority]"));
		List<String> ids = rows.stream().map(r -> r.getAttribute("id")).toList();
		int urgentAt = ids.indexOf("board-" + robbery.getId());
		assertThat(urgentAt).isLessThan(ids.indexOf("board-" + normal.getId()));
		assertThat(rows.subList(0, urgentAt))
			.allSatisfy(r -> assertThat(r.getAttribute("data-priority")).isEqualTo("URGENT"));
		browser().manage().window().setSize(new org.openqa.selenium.Dimension(1600, 1000));
		browser().executeScript("document.activeElement.blur(); window.scrollTo(0, 0);");
		waitFor(By.cssSelector("#units-column [data-board-units]"));
		screenshot("incidents-dispatch-board");
		browser().manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
	}

}
