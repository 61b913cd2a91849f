package org.stationops.youth.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.stationops.shared.StationTime;
import org.stationops.support.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

class YouthBrowserTests extends BrowserTest {

	@Test
	void officerTakesAGroupFromReferralToReview() {
		LocalDate today = LocalDate.now(StationTime.ZONE);
		signIn("ds.officer");
		open("/youth");
		click(By.id("new-referral"));
		new Select(browser().findElement(By.id("source"))).selectByValue("INCIDENT");
		type(By.id("referralReference"), "岱山渔港盗窃警情");
		type(By.id("minorName"), "何小舟");
		date(By.id("minorBirthDate"), LocalDate.of(2012, 5, 20));
		type(By.id("school"), "岱山县实验学校");
		type(By.id("guardianName"), "何建军");
		type(By.id("guardianPhone"), "13905800301");
		type(By.id("situation"), "在渔港与成年人一起盗窃渔具，父亲出海，母亲在外务工。");
		date(By.id("referredOn"), today.minusDays(14));
		date(By.id("reviewOn"), today);
		screenshot("youth-referral");
		click(By.id("refer"));

		assertThat(text(By.id("minor-name"))).isEqualTo("何小舟");
		new Select(browser().findElement(By.id("role"))).selectByValue("TEACHER");
		type(By.id("name"), "俞老师");
		type(By.id("organisation"), "岱山县实验学校");
		click(By.id("add-member"));
		new Select(waitFor(By.id("role"))).selectByValue("GUARDIAN");
		type(By.id("name"), "何建军");
		type(By.id("phone"), "13905800301");
		click(By.id("add-member"));
		assertThat(text(By.id("members"))).contains("俞老师", "何建军", "周涛");

		type(By.id("reviewNote"), "尚无计划");
		click(By.id("record-review"));
		assertThat(text(By.cssSelector("#review-form .alert-danger"))).contains("尚未制定帮扶计划");

		type(By.id("plan"), "老师每日反馈到校情况；民警每周一次谈心；监护人落实放学接送。");
		click(By.id("save-plan"));
		date(By.id("heldOn"), today.minusDays(7));
		type(By.id("attendees"), "民警、老师、监护人");
		type(By.id("minutes"), "首次例会：明确分工，约定每周三例会。");
		click(By.id("record-meeting"));
		date(By.id("visitedOn"), today.minusDays(3));
		type(By.id("place"), "渔港新村家中");
		new Select(browser().findElement(By.id("outcome"))).selectByValue("IMPROVING");
		type(By.id("note"), "按时回家，与祖母同住。");
		click(By.id("record-visit"));
		assertThat(text(By.id("meetings"))).contains("首次例会");
		assertThat(text(By.id("visits"))).contains("渔港新村家中", "好转");
		assertThat(text(By.id("review-on"))).contains("到期评估");
		screenshot("youth-file");

		type(By.id("reviewNote"), "两周内无逃学和夜不归宿，继续帮扶。");
		date(By.id("nextReviewOn"), today.plusMonths(3));
		click(By.id("record-review"));
		assertThat(text(By.id("last-review"))).contains("继续帮扶");
		assertThat(text(By.id("review-on"))).contains(today.plusMonths(3).toString()).doesNotContain("到期评估");
		screenshot("youth-reviewed");

		open("/youth");
		assertThat(text(By.id("youth-groups"))).contains("何**").doesNotContain("何小舟");
		screenshot("youth-list");
	}

	private void date(By by, LocalDate day) {
		browser().executeScript("arguments[0].value = arguments[1];", browser().findElement(by),
				day.format(DateTimeFormatter.ISO_LOCAL_DATE));
	}

}
