package org.stationops.analysis.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.stationops.analysis.ScreenService;
import org.stationops.analysis.StationScreen;
import org.stationops.incidents.IncidentDetails;
import org.stationops.incidents.IncidentService;
import org.stationops.incidents.IncidentSource;
import org.stationops.shared.web.OfficerPrincipal;
import org.stationops.stations.StationService;
import org.stationops.support.StationWebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The one screen (一屏): its figures, the station it is limited to, the bureau's
 * comparison, the fragment its script polls, and its cost in statements.
 */
@StationWebTest
class ScreenWebTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	ScreenService screens;

	@Autowired
	IncidentService incidents;

	@Autowired
	StationService stations;

	OfficerPrincipal as(String username) {
		return (OfficerPrincipal) this.users.loadUserByUsername(username);
	}

	String get(String username, String uri) throws Exception {
		var result = this.mvc.get().uri(uri).with(user(as(username))).exchange();
		assertThat(result).hasStatusOk();
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void countsAnIncidentReceivedNowAsTodayOpenUnderAnHourAndInItsCategoryHour() {
		OfficerPrincipal me = as("ml.officer");
		StationScreen before = this.screens.one(me.scope(), null).screens().get(0);
		this.incidents.register(me.scope(), me.stationId(),
				new IncidentDetails(Instant.now().minusSeconds(60), IncidentSource.WALK_IN, "CRIMINAL.THEFT",
						"一屏测试-" + UUID.randomUUID(), null, null, null, "报警人", "13911112222", "", "一屏测试"),
				null, null, "ml.officer");
		StationScreen after = this.screens.one(me.scope(), null).screens().get(0);

		assertThat(after.stationId()).isEqualTo(me.stationId());
		assertThat(after.figures().incidentsToday() - before.figures().incidentsToday()).isEqualTo(1);
		assertThat(after.figures().incidents24h() - before.figures().incidents24h()).isEqualTo(1);
		assertThat(after.figures().openUnderHour() - before.figures().openUnderHour()).isEqualTo(1);
		long theftsBefore = before.categories()
			.stream()
			.filter(c -> c.code().equals("CRIMINAL"))
			.mapToLong(StationScreen.CategoryLine::total)
			.sum();
		long theftsAfter = after.categories()
			.stream()
			.filter(c -> c.code().equals("CRIMINAL"))
			.mapToLong(StationScreen.CategoryLine::total)
			.sum();
		assertThat(theftsAfter - theftsBefore).isEqualTo(1);
	}

	@Test
	void flagsAnUrgentIncidentWaitingTooLongForDispatchButNotAFreshOne() throws Exception {
		OfficerPrincipal me = as("ml.officer");
		long before = this.screens.one(me.scope(), null).screens().get(0).figures().urgentWaiting();
		this.incidents.register(me.scope(), me.stationId(),
				new IncidentDetails(Instant.now().minusSeconds(60), IncidentSource.EMERGENCY_110, "CRIMINAL.ROBBERY",
						"一屏紧急-" + UUID.randomUUID(), null, null, null, "报警人", "13911112222", "", "刚收到的抢劫"),
				null, null, "ml.officer");
		assertThat(this.screens.one(me.scope(), null).screens().get(0).figures().urgentWaiting()).isEqualTo(before);
		this.incidents.register(me.scope(), me.stationId(),
				new IncidentDetails(Instant.now().minusSeconds(40 * 60), IncidentSource.EMERGENCY_110,
						"CRIMINAL.ROBBERY", "一屏紧急-" + UUID.randomUUID(), null, null, null, "报警人", "13911112222", "",
						"等了四十分钟的抢劫"),
				null, null, "ml.officer");
		assertThat(this.screens.one(me.scope(), null).screens().get(0).figures().urgentWaiting()).isEqualTo(before + 1);
		assertThat(get("ml.supervisor", "/screen?lang=zh-CN")).contains("id=\"urgent-waiting\"", "超时未派的紧急警情");
	}

	@Test
	void linksEveryFigureToTheListWhereTheWorkIsDoneAndPollsItsFragments() throws Exception {
		String body = get("ml.supervisor", "/screen?lang=zh-CN");
		assertThat(body)
			.contains("梅陇派出所", "id=\"screen-figures\"", "data-refresh=\"/screen/figures?station=",
					"data-refresh=\"/service-stations/map/svg?station=", "/js/screen-")
			.contains("href=\"/dispatch\"", "href=\"/supervision\"", "href=\"/cases?stage=INVESTIGATING\"",
					"href=\"/mediation?status=CLOSURE_REQUESTED\"", "href=\"/liaison/enterprises?overdue=true\"",
					"/service-stations/cameras?station=", "status=FAULTY", "/patrol/units?station=",
					"/patrol/compliance?from=")
			.doesNotContain("岱山派出所");
	}

	@Test
	void keepsAStationAccountToItsOwnStationWhateverItAsksFor() throws Exception {
		Long daishan = this.stations.getByCode(daishanCode()).getId();
		String body = get("ml.supervisor", "/screen?lang=zh-CN&station=" + daishan);
		assertThat(body).contains("梅陇派出所 · 一屏调度").doesNotContain("岱山派出所 · 一屏调度");
		String compare = get("ml.supervisor", "/screen/compare?lang=zh-CN&stations=" + daishan);
		assertThat(compare).contains("梅陇派出所").doesNotContain("岱山派出所");
	}

	@Test
	void letsTheBureauSwitchStationAndCompareStationsSideBySide() throws Exception {
		Long daishan = this.stations.getByCode(daishanCode()).getId();
		String one = get("bureau", "/screen?lang=zh-CN&station=" + daishan);
		assertThat(one).contains("岱山派出所 · 一屏调度", "id=\"screen-station-choice\"", "梅陇派出所");
		String compare = get("bureau", "/screen/compare?lang=zh-CN");
		assertThat(compare).contains("id=\"compare-table\"", "梅陇派出所", "岱山派出所",
				"href=\"/screen?station=" + daishan + "\"");
	}

	@Test
	void servesTheFiguresAndTheMapAsFragmentsForTheRefresh() throws Exception {
		String figures = get("ml.supervisor", "/screen/figures");
		assertThat(figures.strip()).startsWith("<div")
			.contains("id=\"screen-figures\"")
			.doesNotContain("<html", "navbar");
		String map = get("ml.supervisor", "/service-stations/map/svg");
		assertThat(map).contains("<svg", "id=\"station-map\"").doesNotContain("<html");
		String compare = get("bureau", "/screen/compare/figures?lang=zh-CN");
		assertThat(compare).contains("id=\"compare-table\"").doesNotContain("<html");
	}

	static String daishanCode() {
		return "DS";
	}

}
