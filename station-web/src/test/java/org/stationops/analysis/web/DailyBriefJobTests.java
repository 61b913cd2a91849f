package org.stationops.analysis.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.stationops.analysis.DailyBriefService;
import org.stationops.shared.StationTime;
import org.stationops.shared.web.OfficerPrincipal;
import org.stationops.shared.web.PdfRenderer;
import org.stationops.support.StationWebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The morning job on a controlled clock: two nodes' schedulers firing at the same moment
 * store exactly one brief per station for yesterday.
 */
@StationWebTest
class DailyBriefJobTests {

	static final LocalDate DAY = LocalDate.of(2013, 3, 14);

	@Autowired
	DailyBriefService briefs;

	@Autowired
	PdfRenderer pdf;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	UserDetailsService users;

	OfficerPrincipal as(String username) {
		return (OfficerPrincipal) this.users.loadUserByUsername(username);
	}

	@Test
	void twoSchedulersFiringAtOnceGenerateYesterdaysBriefOncePerStation() throws Exception {
		Clock morning = Clock.fixed(LocalDateTime.of(2013, 3, 15, 6, 30).atZone(StationTime.ZONE).toInstant(),
				StationTime.ZONE);
		DailyBriefJob nodeA = new DailyBriefJob(this.briefs, this.pdf, morning);
		DailyBriefJob nodeB = new DailyBriefJob(this.briefs, this.pdf, morning);
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService nodes = Executors.newFixedThreadPool(2);
		try {
			List<Future<Integer>> runs = List.of(nodes.submit(() -> {
				start.await();
				return nodeA.generate();
			}), nodes.submit(() -> {
				start.await();
				return nodeB.generate();
			}));
			start.countDown();
			int generated = runs.get(0).get() + runs.get(1).get();
			long stations = this.jdbc.queryForObject("select count(*) from stations", Long.class);
			assertThat(generated).isEqualTo(stations);
		}
		finally {
			nodes.shutdown();
		}
		assertThat(this.jdbc.queryForList("select count(*) from daily_briefs where brief_date = ? group by station_id",
				Long.class, DAY))
			.isNotEmpty()
			.allMatch(n -> n == 1);
		assertThat(nodeA.generate()).as("a later run finds the briefs stored").isZero();
	}

	@Test
	void listsTheStationsBriefsAndServesTheirPdfOnlyWithinTheStation() throws Exception {
		Clock morning = Clock.fixed(LocalDateTime.of(2013, 3, 16, 6, 30).atZone(StationTime.ZONE).toInstant(),
				StationTime.ZONE);
		new DailyBriefJob(this.briefs, this.pdf, morning).generate();
		Long daishan = as("ds.supervisor").stationId();
		Long id = this.jdbc.queryForObject(
				"select id from daily_briefs where station_id = ? and brief_date = date '2013-03-15'", Long.class,
				daishan);
		assertThat(this.mvc.get().uri("/reports/briefs").with(user(as("ds.supervisor")))).hasStatusOk()
			.bodyText()
			.contains("2013-03-15", "岱山派出所", "/reports/briefs/" + id + ".pdf")
			.doesNotContain("梅陇派出所");
		var pdf = this.mvc.get().uri("/reports/briefs/" + id + ".pdf").with(user(as("ds.officer"))).exchange();
		assertThat(pdf.getResponse().getStatus()).isEqualTo(200);
		assertThat(pdf.getResponse().getContentAsByteArray()).startsWith("%PDF".getBytes());
		assertThat(this.mvc.get().uri("/reports/briefs/" + id + ".pdf").with(user(as("ml.supervisor")))).hasStatus(404);
	}

}
