package org.stationops.system;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.stationops.support.StationWebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * A bureau supervisor reads the stations' work but changes none of it (the URL rules
 * refuse their writes): the pages do not offer them forms they would be refused.
 */
@StationWebTest
class ReadOnlyBureauPagesTests {

	private static final Pattern POST_FORM = Pattern.compile("<form[^>]*method=\"post\"[^>]*>",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern ACTION = Pattern.compile("action=\"([^\"]*)\"");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void offersABureauSupervisorNoFormThatWouldBeRefused() throws Exception {
		List<String> pages = new ArrayList<>(
				List.of("/incidents", "/consultations", "/service-stations", "/service-stations/cameras",
						"/service-stations/compounds", "/service-stations/log", "/service-stations/appointments",
						"/patrol/units", "/patrol/plans", "/patrol/checkpoints", "/emergency"));
		pages.add("/incidents/" + firstId("incidents"));
		pages.add("/service-stations/" + firstId("service_stations"));
		pages.add("/patrol/units/" + firstId("patrol_units"));
		pages.add("/emergency/" + firstId("emergency_plans"));
		List<String> offered = new ArrayList<>();
		for (String page : pages) {
			String html = this.mvc.get()
				.uri(page)
				.with(user(this.users.loadUserByUsername("bureau")))
				.exchange()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
			Matcher form = POST_FORM.matcher(html);
			while (form.find()) {
				Matcher action = ACTION.matcher(form.group());
				String target = action.find() ? action.group(1) : "";
				if (!target.endsWith("/logout")) {
					offered.add(page + " offers " + target);
				}
			}
		}
		assertThat(offered).isEmpty();
	}

	private long firstId(String table) {
		return this.jdbc.queryForObject("select min(id) from " + table, Long.class);
	}

}
