package org.stationops.servicestations.web;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.stationops.support.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

class ServiceLogAndMapBrowserTests extends BrowserTest {

	@Test
	void officerLogsAnAlarmOnAPhoneAndItOpensAnIncidentAtTheStation() {
		signIn("ds.officer");
		phoneSized();
		open("/service-stations/log");
		new Select(browser().findElement(By.id("serviceStationId"))).selectByVisibleText("江联小区治安防控服务站");
		click(By.xpath("//div[@id='log-kinds']//label[normalize-space()='快速报警']"));
		type(By.id("note"), "居民报称电动车在 3 号门被盗");
		click(By.xpath("//label[normalize-space()='同时登记为警情']"));
		new Select(browser().findElement(By.id("incidentCategory"))).selectByValue("CRIMINAL.THEFT");
		screenshot("service-stations-log-phone");
		long before = Long.parseLong(text(By.id("log-total")));
		click(By.id("log-save"));
		click(By.cssSelector("#opened-incident a"));
		assertThat(browser().getPageSource()).contains("江联小区治安防控服务站", "居民报称电动车在 3 号门被盗");

		open("/service-stations/log");
		assertThat(Long.parseLong(text(By.id("log-total")))).isEqualTo(before + 1);
		assertThat(text(By.id("log-recent"))).contains("快速报警", "警情");
	}

	@Test
	void mapDrawsStationsCompoundsCamerasAndFiltersFaultyCameras() {
		signIn("ds.officer");
		open("/service-stations/map");
		waitFor(By.id("station-map"));
		assertThat(browser().findElements(By.cssSelector("#station-map .stations rect")))
			.hasSizeGreaterThanOrEqualTo(8);
		assertThat(browser().findElements(By.cssSelector("#station-map .areas polygon")))
			.hasSizeGreaterThanOrEqualTo(3);
		int cameras = browser().findElements(By.cssSelector("#station-map .cameras path")).size();
		assertThat(cameras).isGreaterThanOrEqualTo(8);
		screenshot("service-stations-map");
		new Select(browser().findElement(By.id("cameraStatus"))).selectByValue("FAULTY");
		click(By.id("map-apply"));
		waitFor(By.id("station-map"));
		assertThat(browser().findElements(By.cssSelector("#station-map .cameras path"))).hasSizeBetween(2, cameras - 1)
			.allSatisfy(path -> assertThat(path.getAttribute("fill")).isEqualTo("#fd7e14"));

		open("/service-stations/cameras");
		assertThat(text(By.id("faults"))).contains("DS-XL-004", "12", "DS-XL-006");
		screenshot("service-stations-cameras");
	}

}
