package org.stationops.system;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.stationops.support.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The phone path: each role lands where its work is, primary buttons are touch targets of
 * at least 44 px and tab rows stay on a 375 px screen. (Signing in happens at desktop
 * width: the helper waits for the user's name, which the phone's collapsed navbar hides.)
 */
class PhonePathBrowserTests extends BrowserTest {

	private void narrow() {
		browser().manage().window().setSize(new Dimension(375, 812));
	}

	@Test
	void aLiaisonOfficerLandsOnTheirEnterprisesDueWithTouchSizedButtons() {
		signIn("ml.liaison");
		assertThat(browser().getCurrentUrl()).endsWith("/liaison/mine");
		narrow();
		open("/liaison/mine?lang=zh-CN");
		waitFor(By.cssSelector(".log-visit"));
		screenshot("liaison-landing-phone");
		@SuppressWarnings("unchecked")
		List<Number> heights = (List<Number>) browser().executeScript("""
				return [...document.querySelectorAll('main .btn-primary, main .log-visit')]
				  .filter(b => b.offsetParent !== null).map(b => b.getBoundingClientRect().height);""");
		assertThat(heights).isNotEmpty().allSatisfy(h -> assertThat(h.doubleValue()).isGreaterThanOrEqualTo(44));
		assertTabsStayOnScreen();
	}

	@Test
	void tabRowsStayOnAPhoneScreen() {
		signIn("ml.officer");
		narrow();
		for (String path : List.of("/liaison/enterprises", "/patrol", "/cases", "/mediation", "/incidents")) {
			open(path + "?lang=zh-CN");
			waitFor(By.tagName("main"));
			assertTabsStayOnScreen();
		}
		open("/liaison/enterprises?lang=zh-CN");
		screenshot("liaison-tabs-phone");
	}

	@Test
	void aBureauSupervisorLandsOnTheDeadlinesAndAnAdministratorOnTheAccounts() {
		signIn("bureau");
		assertThat(browser().getCurrentUrl()).endsWith("/deadlines");
		browser().manage().deleteAllCookies();
		signIn("admin");
		assertThat(browser().getCurrentUrl()).endsWith("/admin/officers");
		browser().manage().deleteAllCookies();
		signIn("ml.officer");
		assertThat(browser().getCurrentUrl()).endsWith("/");
	}

	private void assertTabsStayOnScreen() {
		Object overflow = browser().executeScript("""
				const width = document.documentElement.clientWidth;
				return [...document.querySelectorAll('.nav-tabs .nav-link')]
				  .filter(l => l.getBoundingClientRect().right > width + 1)
				  .map(l => l.textContent.trim());""");
		assertThat((List<?>) overflow).as(browser().getCurrentUrl()).isEmpty();
	}

}
