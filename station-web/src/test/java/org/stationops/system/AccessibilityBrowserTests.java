package org.stationops.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.time.Duration;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.stationops.support.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * axe-core (vendored in {@code src/test/resources/axe}, version and licence in
 * docs/operations.md) over the main pages of every role at desktop width: no serious or
 * critical WCAG 2 A/AA violation (contrast at least 4.5:1, named controls, no empty table
 * headers). A detail page is reached through the first link of its list that matches the
 * pattern.
 */
class AccessibilityBrowserTests extends BrowserTest {

	private static final String AXE = axeSource();

	static Stream<Arguments> pages() {
		return Stream.of(
				// officer
				page("ml.officer", "/", null), page("ml.officer", "/incidents", null),
				page("ml.officer", "/incidents", "/incidents/\\d+$"), page("ml.officer", "/incidents/new", null),
				page("ml.officer", "/cases", null), page("ml.officer", "/cases", "/cases/\\d+$"),
				page("ml.officer", "/mediation", null), page("ml.officer", "/mediation", "/mediation/\\d+$"),
				page("ml.officer", "/patrol", null), page("ml.officer", "/service-stations", null),
				page("ml.officer", "/antifraud", null), page("ml.officer", "/consultations", null),
				page("ml.officer", "/search?q=ML", null), page("ml.officer", "/antifraud", "/antifraud/warnings/\\d+$"),
				page("ml.officer", "/consultations", "/consultations/\\d+$"),
				page("ml.officer", "/service-stations", "/service-stations/\\d+$"),
				page("ml.officer", "/service-stations/cameras", null), page("ml.officer", "/patrol/checkpoints", null),
				page("ml.officer", "/patrol/units", null), page("ml.officer", "/patrol/plans", null),
				page("ml.officer", "/incidents/guides", null), page("ml.officer", "/track", null),
				// liaison officer
				page("ml.liaison", "/", null), page("ml.liaison", "/liaison", null),
				page("ml.liaison", "/liaison/enterprises", null),
				page("ml.liaison", "/liaison/enterprises", "/liaison/enterprises/\\d+$"),
				page("ml.liaison", "/liaison/mine", null), page("ml.liaison", "/liaison/screening", null),
				page("ml.liaison", "/liaison/screening", "/liaison/screening/campaigns/\\d+$"),
				// station supervisor
				page("ml.supervisor", "/", null), page("ml.supervisor", "/supervision", null),
				page("ml.supervisor", "/deadlines", null), page("ml.supervisor", "/reports", null),
				page("ml.supervisor", "/mediation/report", null), page("ml.supervisor", "/youth", null),
				page("ml.supervisor", "/emergency", null), page("ml.supervisor", "/emergency", "/emergency/\\d+$"),
				page("ml.supervisor", "/youth", "/youth/\\d+$"), page("ml.supervisor", "/patrol/compliance", null),
				page("ml.duty", "/dispatch", null), page("ml.supervisor", "/screen", null),
				page("bureau", "/screen/compare", null), page("ds.officer", "/vessels", null),
				page("ds.officer", "/vessels", "/vessels/\\d+$"), page("ds.officer", "/practitioners", null),
				page("ml.supervisor", "/reports/advice", null), page("ml.supervisor", "/patrol/response-times", null),
				page("ml.supervisor", "/patrol/where-to-patrol", null), page("ml.liaison", "/liaison/tickets", null),
				page("ml.liaison", "/liaison/tickets", "/liaison/tickets/\\d+$"),
				// bureau supervisor
				page("bureau", "/", null), page("bureau", "/cases", null), page("bureau", "/deadlines", null),
				page("bureau", "/reports", null),
				// administrator
				page("admin", "/", null), page("admin", "/stations", null), page("admin", "/admin/officers", null),
				page("admin", "/admin/audit", null), page("admin", "/admin/calendar", null));
	}

	private static Arguments page(String username, String path, @Nullable String detail) {
		return Arguments.of(username, path, detail);
	}

	@ParameterizedTest(name = "{0} {1} {2}")
	@MethodSource("pages")
	void hasNoSeriousOrCriticalViolations(String username, String path, @Nullable String detail) {
		signIn(username);
		open(path + (path.contains("?") ? "&" : "?") + "lang=zh-CN");
		if (detail != null) {
			Object href = browser().executeScript("""
					const re = new RegExp(arguments[0]);
					const a = [...document.querySelectorAll('main a[href], a[href]')].find(l => re.test(l.pathname));
					return a ? a.href : null;""", detail);
			assertThat(href).as("a link to " + detail + " on " + path).isNotNull();
			browser().get(href.toString());
		}
		assertThat(violations()).as(username + " " + browser().getCurrentUrl()).isEmpty();
	}

	/**
	 * @return each serious or critical violation as "rule: target (summary)".
	 */
	@SuppressWarnings("unchecked")
	private List<String> violations() {
		browser().manage().timeouts().scriptTimeout(Duration.ofSeconds(90));
		browser().executeScript(AXE);
		Object result = browser().executeAsyncScript(
				"""
						const done = arguments[arguments.length - 1];
						axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
						  .then(r => done(r.violations
						    .filter(v => v.impact === 'serious' || v.impact === 'critical')
						    .flatMap(v => v.nodes.map(n => v.id + ': ' + n.target.join(' ') + ' (' + (n.failureSummary || '').replace(/\\s+/g, ' ').slice(0, 160) + ')'))))
						  .catch(e => done(['axe failed: ' + e]));""");
		return (List<String>) result;
	}

	private static String axeSource() {
		try (InputStream in = AccessibilityBrowserTests.class.getResourceAsStream("/axe/axe.min.js")) {
			if (in == null) {
				throw new IllegalStateException("axe/axe.min.js is missing from the test resources");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
