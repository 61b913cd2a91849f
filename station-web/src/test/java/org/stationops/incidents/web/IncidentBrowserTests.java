package org.stationops.incidents.web;

import java.time.LocalDateTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.stationops.support.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

class IncidentBrowserTests extends BrowserTest {

	@Test
	void dutyOfficerRegistersPrintsTheReceiptDispatchesAndTheReporterTracksTheStage() {
		signIn("ml.duty");
		open("/incidents/new");
		waitFor(By.id("incident-form"));
		browser().executeScript("document.getElementById('receivedAt').value = arguments[0]",
				LocalDateTime.now(ZoneId.of("Asia/Shanghai")).minusMinutes(3).withSecond(0).withNano(0).toString());
		new Select(browser().findElement(By.id("source"))).selectByValue("WALK_IN");
		new Select(browser().findElement(By.id("categoryCode"))).selectByValue("CRIMINAL.THEFT");
		type(By.id("location"), "梅陇一村 12 号楼非机动车棚");
		new Select(browser().findElement(By.id("areaId"))).selectByVisibleText("梅陇一村社区");
		type(By.id("reporterName"), "陈女士");
		type(By.id("reporterPhone"), "13812345678");
		type(By.id("description"), "报警人称停放在车棚内的电动自行车被盗窃，车锁被剪断。");
		screenshot("incidents-intake");
		click(By.id("save"));

		String receipt = text(By.id("receipt-number"));
		String code = text(By.id("query-code"));
		assertThat(receipt).matches("ML-\\d{8}-\\d{4}");
		screenshot("incidents-receipt");

		open("/dispatch");
		waitFor(By.id("board"));
		assertThat(text(By.id("board"))).contains(receipt);
		String row = "//tr[.//a[text()='" + receipt + "']]";
		new Select(browser().findElement(By.xpath(row + "//select[@name='officerId']"))).selectByVisibleText("张伟");
		click(By.xpath(row + "//button[@type='submit']"));
		waitFor(By.id("board"));
		click(By.xpath(row + "//button[@type='submit']"));
		waitFor(By.id("board"));
		assertThat(browser().findElement(By.xpath(row)).getText()).contains("已到场", "张伟");
		screenshot("incidents-dispatch");

		open("/incidents?q=%E7%9B%97%E7%AA%83");
		assertThat(text(By.id("incidents"))).contains(receipt);
		screenshot("incidents-list");

		browser().manage().deleteAllCookies();
		open("/track");
		type(By.id("receiptNumber"), receipt);
		type(By.id("queryCode"), code);
		click(By.id("track"));
		assertThat(text(By.id("track-stage"))).isEqualTo("已到场");
		assertThat(text(By.id("track-result"))).contains("已接警登记", "已派警", "民警已到场")
			.doesNotContain("陈女士", "13812345678", "电动自行车");
		screenshot("incidents-tracking");
	}

	@Test
	void officerSeesTheSeedExtortionReportHandedToACaseWithItsPublicNote() {
		signIn("ml.officer");
		open("/incidents?q=%E5%8B%92%E7%B4%A2");
		click(By.cssSelector("#incidents tbody a"));
		assertThat(text(By.id("handoff"))).contains("已受案");
		assertThat(text(By.id("notes"))).contains("接报当天到案");
		screenshot("incidents-detail");
		open("/incidents/guides");
		assertThat(text(By.tagName("main"))).contains("醒酒驿站");
		screenshot("incidents-guides");
	}

}
