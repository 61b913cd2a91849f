package org.stationops.emergency.web;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.stationops.support.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

class EmergencyBrowserTests extends BrowserTest {

	@Test
	void officerActivatesTheTyphoonPlanAndCallsTheMobilisationListInOrder() {
		signIn("ds.officer");
		open("/emergency");
		screenshot("emergency-list");
		click(By.linkText("岱山防台风应急预案"));
		new Select(waitFor(By.id("kind"))).selectByValue("VESSEL");
		type(By.id("name"), "浙岱渔 05678 号");
		type(By.id("contact"), "船老大 邱海");
		type(By.id("phone"), "13705800009");
		type(By.id("task"), "秀山锚地联络");
		click(By.id("add-mobiliser"));
		assertThat(text(By.id("mobilisation"))).contains("浙岱渔 05678 号", "137****0009");

		click(By.id("mobilise"));
		assertThat(text(By.id("not-active"))).contains("脱敏");
		assertThat(text(By.id("call-list"))).contains("137****0001").doesNotContain("13705800001");
		browser().navigate().back();

		click(By.id("activate"));
		assertThat(text(By.cssSelector("#activation-form .invalid-feedback"))).isNotBlank();
		type(By.id("reason"), "台风“海葵”橙色预警，预计 24 小时内影响本岛");
		screenshot("emergency-plan");
		click(By.id("activate"));

		assertThat(text(By.id("activation"))).contains("台风“海葵”橙色预警", "周涛");
		String calls = text(By.id("call-list"));
		assertThat(calls).contains("13705800001", "13705800009");
		assertThat(calls.indexOf("派出所全体在岛民警辅警")).isLessThan(calls.indexOf("海岛红志愿者防台分队"));
		assertThat(calls.indexOf("海岛红志愿者防台分队")).isLessThan(calls.indexOf("浙岱渔 05678 号"));
		screenshot("emergency-mobilisation");

		click(By.linkText("返回预案"));
		click(By.id("stand-down"));
		waitFor(By.id("activate"));
	}

}
