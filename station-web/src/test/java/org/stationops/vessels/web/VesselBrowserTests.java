package org.stationops.vessels.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.stationops.liaison.EnterpriseService;
import org.stationops.officers.OfficerService;
import org.stationops.stations.StationService;
import org.stationops.support.BrowserTest;
import org.stationops.vessels.CrewRole;
import org.stationops.vessels.CrewService;
import org.stationops.vessels.Vessel;
import org.stationops.vessels.VesselService;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class VesselBrowserTests extends BrowserTest {

	@Autowired
	StationService stations;

	@Autowired
	EnterpriseService enterprises;

	@Autowired
	OfficerService officers;

	@Autowired
	VesselService vessels;

	@Autowired
	CrewService crew;

	@Test
	void returningVesselsCrewIsCheckedAndAPlantedWantedListMatchBecomesATask() throws IOException {
		String name = VesselFixtures.unique("浙岱渔 ");
		Vessel vessel = VesselFixtures.daishanVesselAtSea(this.stations, this.enterprises, this.officers, this.vessels,
				name);
		String planted = VesselFixtures.uniqueIdNumber();
		VesselFixtures.signOn(this.crew, vessel, "洪大海", planted, CrewRole.DECKHAND);
		VesselFixtures.signOn(this.crew, vessel, "鲍船长", VesselFixtures.uniqueIdNumber(), CrewRole.CAPTAIN);
		VesselFixtures.sail(this.vessels, vessel);

		signIn("ds.officer");
		open("/vessels/wanted/import?lang=zh-CN");
		Path bad = Files.createTempFile("wanted", ".csv");
		Files.writeString(bad, "身份证号,姓名,事由,来源\n" + planted + ",洪大海,网上追逃（盗窃）,部平台\n330921198803150419,某某,涉嫌诈骗,协查\n",
				StandardCharsets.UTF_8);
		waitFor(By.id("file")).sendKeys(bad.toAbsolutePath().toString());
		click(By.id("import"));
		assertThat(text(By.id("import-problems"))).contains("3", "身份证号码“330921198803150419”无效");
		screenshot("vessels-wanted-import");

		Path good = Files.createTempFile("wanted", ".csv");
		Files.writeString(good, "身份证号,姓名,事由,来源\n" + planted + ",洪大海,网上追逃（盗窃）,部平台\n", StandardCharsets.UTF_8);
		waitFor(By.id("file")).sendKeys(good.toAbsolutePath().toString());
		click(By.id("import"));
		assertThat(text(By.id("import-counts"))).contains("新增 1 人");
		assertThat(text(By.id("wanted"))).contains("洪大海").doesNotContain(planted);

		open("/vessels?lang=zh-CN");
		click(By.linkText(name));
		assertThat(text(By.id("vessel-status"))).isEqualTo("出海");
		assertThat(text(By.id("crew"))).contains("洪大海", planted.substring(0, 3) + "***********" + planted.substring(14))
			.doesNotContain(planted);
		new Select(waitFor(By.id("target"))).selectByValue("IN_PORT");
		type(By.id("note"), "回港卸货");
		click(By.id("change-status"));

		assertThat(text(By.id("matches"))).contains("1 人比中");
		assertThat(text(By.id("vessel-status"))).isEqualTo("在港");
		assertThat(text(By.id("tasks"))).contains("洪大海", "网上追逃（盗窃）", "待处理").doesNotContain("鲍船长");
		screenshot("vessels-return");

		open("/?lang=zh-CN");
		assertThat(text(By.id("my-vessel-tasks"))).contains(name);
		click(By.linkText(name));

		type(By.id("borderInspection"), "岱山边检站 李明");
		type(By.id("ownerParty"), "船东代表");
		type(By.id("dock"), "东沙码头 徐建国");
		type(By.id("notes"), "比中人员已当场控制，移交刑侦大队。");
		click(By.id("record-joint-check"));
		assertThat(text(By.id("joint-checks"))).contains("岱山边检站 李明");

		String taskRow = browser().findElement(By.cssSelector("#tasks tbody tr")).getAttribute("id");
		String taskId = taskRow.substring("task-".length());
		click(By.id("done-" + taskId));
		assertThat(text(By.id("action-error"))).isNotBlank();
		type(By.id("outcome-" + taskId), "已移交刑侦大队");
		click(By.id("done-" + taskId));
		assertThat(text(By.id("tasks"))).contains("已处理", "已移交刑侦大队");
		screenshot("vessels-vessel");
	}

}
