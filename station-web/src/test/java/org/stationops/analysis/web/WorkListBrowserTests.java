package org.stationops.analysis.web;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.stationops.support.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

class WorkListBrowserTests extends BrowserTest {

	void showsWorkList(String username, String screenshot, String... expected) {
		browser().manage().deleteAllCookies();
		signIn(username);
		open("/?lang=zh-CN");
		assertThat(text(By.id("worklist-panel"))).contains(expected);
		assertThat(browser().getPageSource()).doesNotContain("岱山派出所");
		screenshot(screenshot);
	}

	@Test
	void eachRoleSeesItsOwnWorkListOfItsOwnStation() {
		showsWorkList("ml.officer", "worklist-officer", "今日我的预约", "我的巡逻方案", "回访到期");
		assertThat(browser().findElements(By.id("overdue-by-officer"))).isEmpty();
		showsWorkList("ml.liaison", "worklist-liaison", "待我排摸的企业", "我的本月数字");
		showsWorkList("ml.supervisor", "worklist-supervisor", "逾期工作（按民警）", "待处理纠纷");
		assertThat(browser().findElements(By.id("my-appointments"))).isEmpty();
	}

}
