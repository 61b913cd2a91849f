package org.stationops.analysis.web;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.stationops.shared.StationTime;
import org.stationops.support.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

class AnalysisBrowserTests extends BrowserTest {

	@Test
	void supervisorReadsTheMonthWithChartsAndTheBureauComparesStations() {
		signIn("ml.supervisor");
		open("/reports");
		assertThat(text(By.id("analysis-heading"))).contains("梅陇派出所", "日报（每日警情）");
		new Select(browser().findElement(By.id("period"))).selectByValue("MONTH");
		click(By.id("analysis-show"));
		assertThat(text(By.id("analysis-heading"))).contains("梅陇派出所", "月研判");
		assertThat(text(By.id("analysis-how-to-read"))).contains("|Z| ≥ 2");
		assertThat(text(By.id("kpi-police"))).contains("万人警力比");
		assertThat(text(By.id("kpi-patrol"))).contains("暂无数据");
		assertThat(browser().getPageSource()).doesNotContain("岱山派出所");
		Object drawn = browser().executeScript(
				"return typeof Chart !== 'undefined' && Chart.getChart(document.getElementById('chart-hours')) !== undefined;");
		assertThat(drawn).isEqualTo(Boolean.TRUE);
		screenshot("analysis-month");

		browser().manage().deleteAllCookies();
		signIn("bureau");
		// another test may have left the bureau account in English: ask for Chinese
		open("/reports?lang=zh-CN&period=MONTH&date=" + LocalDate.now(StationTime.ZONE));
		assertThat(text(By.id("analysis-heading"))).contains("全分局");
		assertThat(text(By.id("table-stations"))).contains("梅陇派出所", "岱山派出所");
		screenshot("analysis-bureau");
	}

}
