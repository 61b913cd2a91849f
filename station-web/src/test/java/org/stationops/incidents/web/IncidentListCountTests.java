package org.stationops.incidents.web;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.stationops.shared.web.OfficerPrincipal;
import org.stationops.support.StationWebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The incident list counts at most 10,000 rows: past that it says "10,000+" and pages on
 * without the number of pages; under it the count stays exact. The rows are inserted in
 * the test's transaction (the request joins it) and rolled back.
 */
@StationWebTest
@Transactional
class IncidentListCountTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcTemplate jdbc;

	OfficerPrincipal officer;

	@BeforeEach
	void insertMoreIncidentsThanTheBound() {
		this.officer = (OfficerPrincipal) this.users.loadUserByUsername("ml.officer");
		this.jdbc.update("insert into incidents (station_id, receipt_number, query_code, received_at, source,"
				+ " category_code, location, reporter_name, reporter_phone, description, status, created_by,"
				+ " created_at) select ?, 'TEST-COUNT-' || g, 'TESTCOUNT' || g,"
				+ " timestamptz '2001-06-01 00:00:00+00' + make_interval(mins => g), 'PHONE', 'PUBLIC_ORDER.NOISE',"
				+ " '计数路' || g || '号', '计数报警人', '13900000000', '计数测试噪音扰民', 'RESOLVED_ON_SITE', 'test', now()"
				+ " from generate_series(1, 10001) g", this.officer.stationId());
	}

	String page(String uri) throws Exception {
		return this.mvc.get()
			.uri(uri)
			.with(user(this.officer))
			.exchange()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void saysTenThousandPlusPastTheBoundAndStillLinksTheNextPage() throws Exception {
		String html = page("/incidents?lang=zh-CN");
		assertThat(html).contains("共 10,000+ 条").contains("第 1 页").doesNotContain("第 1 / ");
		// the next page's link is enabled
		assertThat(html).containsPattern("<li class=\"page-item\">\\s*<a class=\"page-link\" href=\"[^\"]*page=1\"");
	}

	@Test
	void pagesOnPastTheBound() throws Exception {
		// 25 rows a page: page 401 starts at row 10,026, past the bound
		String html = page("/incidents?lang=zh-CN&page=400");
		assertThat(html).contains("第 401 页");
		assertThat(html).contains("共 10,000+ 条").containsPattern("href=\"/incidents/\\d+\"");
	}

	@Test
	void countsExactlyUnderTheBound() throws Exception {
		String html = page("/incidents?lang=zh-CN&from=2001-06-01&to=2001-06-01");
		// 2001-06-01 in Shanghai: the rows from 00:01 to 15:59 UTC, 959 of them
		assertThat(html).contains("共 959 条").contains("第 1 / 39 页");
	}

}
