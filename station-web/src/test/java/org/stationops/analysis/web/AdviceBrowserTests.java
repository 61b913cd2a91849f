package org.stationops.analysis.web;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.stationops.support.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

class AdviceBrowserTests extends BrowserTest {

	@Test
	void supervisorReadsAdviceWithTheCountsBeforeAndAfterAndWritesNewAdvice() {
		signIn("ml.supervisor");
		open("/reports/advice?lang=zh-CN");
		assertThat(text(By.id("advice-list"))).contains("已评估");
		screenshot("advice-list");
		click(By.xpath("//table[@id='advice-list']//tr[td/span[text()='已评估']]//a"));
		assertThat(text(By.id("advice-status"))).isEqualTo("已评估");
		assertThat(text(By.id("advice-pattern"))).contains("发出前", "发出后");
		screenshot("advice-detail");

		open("/reports/advice/new?lang=zh-CN");
		click(By.id("save"));
		assertThat(text(By.id("advice-form"))).contains("建议对象");
		assertThat(browser().findElements(By.cssSelector("#advice-form .is-invalid"))).isNotEmpty();
	}

}
