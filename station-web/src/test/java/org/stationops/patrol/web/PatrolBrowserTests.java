package org.stationops.patrol.web;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.stationops.support.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

class PatrolBrowserTests extends BrowserTest {

	@Test
	void officerAtPhoneWidthPatrolsAPlanByCheckpointCodesAndSeesItsCompliance() {
		// the signed-in name sits in the navigation, which a phone-width window collapses
		signIn("ds.officer");
		phoneSized();

		open("/patrol/plans/new");
		type(By.id("name"), "农贸市场至小学测试定线");
		new Select(browser().findElement(By.id("unitId"))).selectByVisibleText("岱山步巡组");
		browser().executeScript("""
				document.getElementById('windowStart0').value = '00:00';
				document.getElementById('windowEnd0').value = '23:59';
				document.getElementById('windowPasses0').value = '1';
				document.getElementById('windowStart1').value = '';
				document.getElementById('windowEnd1').value = '';
				document.getElementById('windowPasses1').value = '';""");
		new Select(browser().findElement(By.id("checkpoint0"))).selectByVisibleText("岱山农贸市场巡更点");
		new Select(browser().findElement(By.id("checkpoint1"))).selectByVisibleText("岱山小学巡更点");
		screenshot("patrol-plan-form");
		click(By.id("save"));
		assertThat(text(By.id("plan-name"))).isEqualTo("农贸市场至小学测试定线");
		String planId = browser().getCurrentUrl().replaceAll(".*/patrol/plans/(\\d+).*", "$1");

		String marketUrl = sheetOf("岱山农贸市场巡更点")[1];
		screenshot("patrol-checkpoint-sheet");
		String schoolCode = sheetOf("岱山小学巡更点")[0];

		open("/patrol");
		new Select(browser().findElement(By.id("planId"))).selectByVisibleText("定线 · 农贸市场至小学测试定线");
		type(By.id("participants"), "周警官、辅警何斌");
		screenshot("patrol-start-shift");
		click(By.id("start"));
		assertThat(text(By.id("shift-plan"))).contains("农贸市场至小学测试定线");

		String[] parts = schoolCode.split("\\.");
		String forged = parts[0] + "." + parts[1] + "." + "A".repeat(43);
		type(By.id("code"), forged);
		click(By.id("check-in"));
		assertThat(text(By.id("action-error"))).contains("签名校验失败");

		browser().get(marketUrl);
		assertThat(text(By.id("scanned-name"))).contains("岱山农贸市场巡更点");
		click(By.id("check-in"));
		assertThat(text(By.id("checked-in"))).contains("岱山农贸市场巡更点");

		type(By.id("code"), schoolCode);
		click(By.id("check-in"));
		assertThat(text(By.id("checked-in"))).contains("岱山小学巡更点");
		assertThat(text(By.id("check-ins"))).contains("岱山农贸市场巡更点", "岱山小学巡更点");
		screenshot("patrol-shift-checked-in");

		type(By.id("code"), schoolCode);
		click(By.id("check-in"));
		assertThat(text(By.id("action-error"))).contains("重复");

		type(By.id("notes"), "市场周边秩序正常");
		click(By.id("end"));
		waitFor(By.id("start-form"));

		browser().get(marketUrl);
		assertThat(text(By.id("scan-without-shift"))).contains("没有进行中的巡逻");

		String today = java.time.LocalDate.now(org.stationops.shared.StationTime.ZONE).toString();
		open("/patrol/compliance?plan=" + planId + "&from=" + today + "&to=" + today);
		// the school's code was typed seconds after the market's, 400 m away: too fast to
		// be a
		// real pass, so it counts as padding and the school as missed
		assertThat(browser().findElements(By.cssSelector("#plan-total-" + planId + " td"))
			.stream()
			.map(e -> e.getText())
			.toList()).containsExactly("农贸市场至小学测试定线", "2", "1", "0", "1", "1", "50.0%");
		screenshot("patrol-compliance");
	}

	/**
	 * @return the code and the check-in address printed on the checkpoint's sheet.
	 */
	private String[] sheetOf(String checkpoint) {
		open("/patrol/checkpoints");
		click(By.xpath("//tr[td[1][text()='" + checkpoint + "']]//a[contains(@class, 'sheet')]"));
		String code = text(By.id("code"));
		String url = browser().findElement(By.id("check-in-url")).getAttribute("textContent");
		return new String[] { code, url };
	}

}
