package org.stationops.servicestations.web;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.stationops.support.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

class ServiceStationBrowserTests extends BrowserTest {

	@Test
	void residentBooksTheOfficerHandlesItAndCoverageDropsWhenTheStationIsSuspended() {
		open("/book");
		new Select(browser().findElement(By.id("serviceStation"))).selectByVisibleText("岱山派出所 · 阳光乳业治安防控服务站");
		click(By.id("show-slots"));
		waitFor(By.id("booking-form"));
		new Select(browser().findElement(By.id("service"))).selectByValue("CERTIFICATE");
		Select slots = new Select(browser().findElement(By.id("slot")));
		WebElement free = slots.getOptions()
			.stream()
			.filter(o -> !o.getAttribute("value").isEmpty() && o.isEnabled())
			.findFirst()
			.orElseThrow();
		String slot = free.getAttribute("value");
		slots.selectByValue(slot);
		type(By.id("name"), "林德瑞");
		type(By.id("phone"), "13907913333");
		type(By.id("note"), "开具无犯罪记录证明");
		screenshot("service-stations-booking");
		click(By.id("book"));
		String reference = text(By.id("reference"));
		String code = text(By.id("query-code"));
		assertThat(reference).matches("YY\\d{6}-\\d{5}");
		screenshot("service-stations-booked");

		signIn("ds.officer");
		open("/service-stations/appointments?date=" + slot.substring(0, 10));
		By row = By.id("appointment-" + reference);
		assertThat(text(row)).contains("林德瑞", "139****3333", "开具证明");
		browser().findElement(row).findElement(By.name("outcome")).sendKeys("当场开具证明，居民已领取");
		screenshot("service-stations-day-list");
		WebElement handle = browser().findElement(row).findElement(By.className("step-handle"));
		click(handle);
		assertThat(text(row)).contains("当场办结", "当场开具证明");

		browser().manage().deleteAllCookies();
		open("/book/status");
		type(By.id("reference"), reference);
		type(By.id("queryCode"), code.toLowerCase());
		click(By.id("look-up"));
		assertThat(text(By.id("appointment-status"))).isEqualTo("当场办结");
		screenshot("service-stations-booking-status");

		signIn("ds.officer");
		open("/service-stations/coverage?at=10:00");
		assertThat(text(By.id("coverage-percent"))).isEqualTo("72.0%");
		assertThat(text(By.id("gaps"))).contains("岱山东苑", "岱山西苑").doesNotContain("岱山新村");
		screenshot("service-stations-coverage");

		open("/service-stations?q=%E9%98%B3%E5%85%89");
		click(By.linkText("阳光乳业治安防控服务站"));
		type(By.id("reason"), "厂区门岗改造，暂停值守");
		click(By.id("suspend"));
		assertThat(text(By.id("suspension-reason"))).isEqualTo("厂区门岗改造，暂停值守");
		open("/service-stations/coverage?at=10:00");
		assertThat(text(By.id("coverage-percent"))).isEqualTo("47.4%");
		assertThat(text(By.id("gaps"))).contains("岱山新村", "阳光乳业生活区");
		screenshot("service-stations-coverage-suspended");

		open("/service-stations?q=%E9%98%B3%E5%85%89");
		click(By.linkText("阳光乳业治安防控服务站"));
		click(By.id("reactivate"));
		waitFor(By.id("suspend"));
		open("/service-stations");
		List<WebElement> rows = browser().findElements(By.cssSelector("#service-stations tbody tr"));
		assertThat(rows).hasSizeGreaterThanOrEqualTo(8);
		screenshot("service-stations-list");
	}

}
