package org.stationops.liaison.web;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.stationops.shared.CreditCodes;
import org.stationops.support.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

class LiaisonBrowserTests extends BrowserTest {

	static final By BROWSER_ENTERPRISE = By
		.xpath("//div[@data-enterprise][.//a[normalize-space()='" + LiaisonDemoData.BROWSER_TEST_ENTERPRISE + "']]");

	@Test
	void aLiaisonOfficerLogsAVisitOnAPhoneAndSeesTheNextDueDateMove() {
		signIn("ml.liaison");
		phoneSized();
		open("/liaison/mine");
		WebElement item = waitFor(BROWSER_ENTERPRISE);
		String before = item.findElement(By.className("next-due")).getText();
		assertThat(item.findElements(By.cssSelector(".due-badge.text-bg-danger"))).hasSize(1);
		screenshot("liaison-mine-phone");

		click(item.findElement(By.className("log-visit")));
		waitFor(By.id("save-visit"));
		click(browser().findElement(By.cssSelector("input[name=purposes][value=ANTI_FRAUD_PUBLICITY]")));
		type(By.id("peopleMet"), "店长 王某");
		type(By.id("findings"), "经营正常；发放反诈宣传册 20 份。");
		screenshot("liaison-visit-phone");
		click(browser().findElement(By.id("save-visit")));

		WebElement after = waitFor(BROWSER_ENTERPRISE);
		String next = after.findElement(By.className("next-due")).getText();
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		assertThat(next).isNotEqualTo(before).isEqualTo(today.plusDays(14).toString());
		assertThat(after.findElements(By.cssSelector(".due-badge.text-bg-danger"))).isEmpty();
		screenshot("liaison-mine-after-visit");
	}

	@Test
	void aSupervisorFollowsTheScreeningCampaignAndTheReport() {
		signIn("ml.supervisor");
		open("/liaison/screening");
		click(waitFor(By.partialLinkText("梅陇商务楼宇诈骗公司排摸")));
		assertThat(text(By.id("progress"))).contains("梅陇商务区", "春申商圈");
		screenshot("liaison-campaign");
		open("/liaison/report");
		waitFor(By.id("purpose-chart"));
		screenshot("liaison-report");
		open("/liaison/tickets");
		assertThat(text(By.id("tickets"))).contains("敲诈勒索");
		screenshot("liaison-fast-channel");
		open("/liaison/enterprises?q=" + java.net.URLEncoder.encode("鑫汇投资", java.nio.charset.StandardCharsets.UTF_8));
		click(waitFor(By.linkText("上海鑫汇投资管理有限公司")));
		waitFor(By.id("history"));
		screenshot("liaison-enterprise");
	}

	@Test
	void aLiaisonOfficerPreviewsAnImportWithItsProblems() throws java.io.IOException {
		java.nio.file.Path csv = java.nio.file.Files.createTempFile("enterprises", ".csv");
		java.nio.file.Files.writeString(csv, """
				kind,name,credit_code,business_circle,lease_start,lease_end
				COMPANY,预览示例科技有限公司,%s,梅陇商务区,2026-01-01,2028-12-31
				COMPANY,预览示例短租公司,%s,梅陇商务区,2026-01-01,2026-06-30
				COMPANY,预览示例坏码公司,91310112ABC,梅陇商务区,,
				公司,,%s,春申商圈,,
				""".formatted(CreditCodes.complete("91310112MA7PW0001"), CreditCodes.complete("91310112MA7PW0002"),
				CreditCodes.complete("91310112MA7PW0003")));
		signIn("ml.liaison");
		open("/liaison/import");
		browser().findElement(By.id("file")).sendKeys(csv.toAbsolutePath().toString());
		click(browser().findElement(By.cssSelector("form[enctype] button[type=submit]")));
		assertThat(text(By.id("valid-count"))).isEqualTo("2");
		assertThat(text(By.id("invalid-count"))).isEqualTo("2");
		assertThat(text(By.id("problems"))).contains("预览示例坏码公司", "预览示例短租公司");
		screenshot("liaison-import-preview");
		java.nio.file.Files.deleteIfExists(csv);
	}

}
