package org.stationops.mediation.web;

import java.time.LocalDate;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.stationops.mediation.DisputeService;
import org.stationops.mediation.MediationReport;
import org.stationops.mediation.MediationReportService;
import org.stationops.shared.Scope;
import org.stationops.stations.StationService;
import org.stationops.support.StationWebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dispute list and the mediation report over 60,000 disputes of one station (two
 * years of a busy station many times over). Run with {@code ./mvnw -Pbenchmark verify}.
 */
@StationWebTest
class MediationBenchmark {

	static final int DISPUTES = 60_000;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DisputeService disputes;

	@Autowired
	MediationReportService reports;

	@Autowired
	StationService stations;

	@Test
	void listsAndReportsSixtyThousandDisputesQuickly() {
		Long station = this.stations.getByCode("ML").getId();
		Long officer = this.jdbc.queryForObject("select id from officers where username = 'ml.officer'", Long.class);
		LocalDate today = LocalDate.now();
		this.jdbc.update(
				"""
						insert into disputes (station_id, file_number, kind, source, category_code, title, summary, place,
						    headcount, risk_grade, escalated, registered_on, registered_by, status, agreement_reached_on,
						    failed_on, created_at, updated_at)
						select ?, 'BENCH-' || g, 'PEOPLE',
						    (array['INCIDENT','COMMUNITY_VISIT','GRID_WORKER','ONLINE','WALK_IN','PATROL'])[1 + g % 6],
						    (array['NEIGHBOUR','FAMILY','RENTAL','WAGES','CONSUMER','PROPERTY_MANAGEMENT','TRAFFIC','COMMERCIAL','CREW','OTHER'])[1 + g % 10],
						    '基准纠纷 ' || g, '', '', 2, (array['RED','YELLOW','BLUE'])[1 + g % 3], g % 50 = 0,
						    ?::date - (g % 730), ?, case when g % 4 = 0 then 'OPEN' when g % 4 = 3 then 'FAILED' else 'AGREED' end,
						    case when g % 4 in (1, 2) then ?::date - (g % 730) + 3 end,
						    case when g % 4 = 3 then ?::date - (g % 730) + 5 end, now(), now()
						from generate_series(1, ?) g""",
				station, today, officer, today, today, DISPUTES);
		this.jdbc.update("""
				insert into dispute_follow_ups (station_id, dispute_id, due_on, done_on)
				select station_id, id, registered_on + 10, case when id % 3 = 0 then null else registered_on + 11 end
				from disputes where file_number like 'BENCH-%' and status <> 'OPEN'""");
		this.jdbc.execute("analyze disputes; analyze dispute_follow_ups");

		long list = median(() -> this.disputes.list(Scope.station(station), null, PageRequest.of(0, 20)));
		long listOpen = median(() -> this.disputes.list(Scope.station(station),
				org.stationops.mediation.DisputeStatus.OPEN, PageRequest.of(0, 20)));
		long[] report = new long[1];
		long year = median(() -> {
			MediationReport r = this.reports.report(Scope.station(station), null, null, today.minusYears(1), today);
			report[0] = r.total();
		});
		System.out.printf(
				"mediation benchmark: %d disputes; list %d ms, open list %d ms, one-year report (%d disputes) %d ms%n",
				DISPUTES, list, listOpen, report[0], year);
		assertThat(list).isLessThan(500);
		assertThat(listOpen).isLessThan(500);
		assertThat(year).isLessThan(5000);
	}

	private static long median(Runnable action) {
		for (int i = 0; i < 2; i++) {
			action.run();
		}
		long[] times = new long[5];
		for (int i = 0; i < times.length; i++) {
			long start = System.nanoTime();
			action.run();
			times[i] = (System.nanoTime() - start) / 1_000_000;
		}
		Arrays.sort(times);
		return times[2];
	}

}
