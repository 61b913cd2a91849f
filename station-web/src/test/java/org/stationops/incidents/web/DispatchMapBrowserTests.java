package org.stationops.incidents.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
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

/**
 * The one-screen dispatch board draws the open incidents and the patrol units over the
 * station map, without a tile server and without reloading.
 */
class DispatchMapBrowserTests extends BrowserTest {

	@Autowired
	IncidentService incidents;

	@Autowired
	StationService stations;

	@Autowired
	Clock clock;

	@Test
	void drawsAnUrgentIncidentWaitingTooLongInRedOnTheBoardsMap() {
		Long station = this.stations.getByCode("ML").getId();
		String place = "地图测试 " + UUID.randomUUID();
		Incident robbery = this.incidents.register(Scope.station(station), station,
				new IncidentDetails(this.clock.instant().minus(Duration.ofMinutes(30)), IncidentSource.EMERGENCY_110,
						"CRIMINAL.ROBBERY", place, null, new BigDecimal("31.1310"), new BigDecimal("121.4210"), "报警人",
						"", "", "一屏调度地图测试", false, ""),
				null, null, "ml.duty");
		signIn("ml.duty");
		open("/dispatch?lang=zh-CN");
		new WebDriverWait(browser(), Duration.ofSeconds(30))
			.until(d -> !d.findElements(By.cssSelector("#board-map svg .live-layer circle")).isEmpty());
		WebElement urgent = browser().findElements(By.cssSelector("#board-map .live-layer circle.map-urgent"))
			.stream()
			.filter(c -> c.findElement(By.tagName("title")).getAttribute("textContent").contains(place))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no red mark for " + robbery.getReceiptNumber()));
		assertThat(Double.parseDouble(urgent.getAttribute("cx"))).isBetween(0.0, 900.0);
		assertThat(browser().findElements(By.cssSelector("#board-map .live-layer circle.map-unit"))).isNotEmpty();
		assertThat(text(By.id("board-map"))).doesNotContain("http");
	}

}
