package org.stationops.patrol.web;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.stationops.support.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

class PatrolAnalysisBrowserTests extends BrowserTest {

	@Test
	void aSupervisorReadsResponseTimesAndWhereToPatrolWithTheirExplanations() {
		signIn("ds.supervisor");
		open("/patrol/response-times?lang=zh-CN");
		assertThat(text(By.id("explanation"))).contains("接警时间算到首次到场", "2 分 0 秒");
		waitFor(By.id("by-area"));
		screenshot("patrol-response-times");

		click(By.id("tab-where"));
		assertThat(text(By.id("explanation"))).contains("这张表是怎么算的", "差距");
		waitFor(By.id("gaps"));
		screenshot("patrol-where-to-patrol");
	}

}
