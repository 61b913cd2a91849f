package org.stationops.liaison.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.stationops.shared.CreditCodes;
import org.stationops.liaison.BusinessCircle;
import org.stationops.liaison.CircleProgress;
import org.stationops.liaison.EnterpriseImportService;
import org.stationops.liaison.ImportPreview;
import org.stationops.liaison.LiaisonRegisterService;
import org.stationops.liaison.LiaisonReportService;
import org.stationops.liaison.ScreeningCampaign;
import org.stationops.liaison.ScreeningService;
import org.stationops.officers.OfficerService;
import org.stationops.shared.Scope;
import org.stationops.stations.StationService;
import org.stationops.support.StationWebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Campaign progress at Meilong's scale: 4,600 companies in 20 business circles, half of
 * them screened. Run alone with {@code ./mvnw -Pbenchmark verify -pl station-web -am};
 * results are recorded in docs/performance.md ("Liaison screening").
 */
@StationWebTest
class LiaisonScreeningBenchmark {

	@Autowired
	EnterpriseImportService imports;

	@Autowired
	LiaisonRegisterService registers;

	@Autowired
	ScreeningService screenings;

	@Autowired
	LiaisonReportService reports;

	@Autowired
	StationService stations;

	@Autowired
	OfficerService officers;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void campaignProgressStaysQuickAtMeilongsScale() {
		Scope scope = Scope.station(this.stations.getByCode("DS").getId());
		long start = System.nanoTime();
		List<Map<String, String>> rows = new ArrayList<>();
		for (int i = 1; i <= 4600; i++) {
			Map<String, String> row = new HashMap<>();
			row.put("kind", "COMPANY");
			row.put("name", "基准企业-" + i);
			row.put("credit_code", CreditCodes.complete("91360104BM" + String.format("%07d", i)));
			row.put("business_circle", "基准商圈" + String.format("%02d", i % 20));
			rows.add(row);
		}
		ImportPreview preview = this.imports.preview(scope, rows);
		assertThat(preview.validCount()).isEqualTo(4600);
		this.imports.importValid(scope, preview, "ds.liaison", done -> {
		});
		long imported = System.nanoTime();
		List<Long> circles = this.registers.circles(scope)
			.stream()
			.filter(c -> c.getName().startsWith("基准商圈"))
			.map(BusinessCircle::getId)
			.toList();
		assertThat(circles).hasSize(20);
		ScreeningCampaign campaign = this.screenings.startCampaign(scope, "基准排摸", java.time.LocalDate.of(2026, 1, 1),
				java.time.LocalDate.of(2026, 12, 31), circles, List.of(), "");
		Long officer = this.officers.findByUsername("ds.liaison").orElseThrow().getId();
		int screened = this.jdbc.update(
				"""
						insert into screenings (station_id, campaign_id, enterprise_id, officer_id, screened_on, observed,
						                        evidence, score, conclusion, lead_raised_by, lead_raised_at)
						select t.station_id, t.campaign_id, t.enterprise_id, ?, date '2026-06-01', '', 'benchmark',
						       case when t.enterprise_id % 100 = 0 then 72 when t.enterprise_id % 10 = 0 then 40 else 0 end,
						       case when t.enterprise_id % 100 = 0 then 'SUSPECTED' when t.enterprise_id % 10 = 0 then 'WATCH' else 'CLEAR' end,
						       case when t.enterprise_id % 200 = 0 then 'ds.liaison' end,
						       case when t.enterprise_id % 200 = 0 then now() end
						from screening_targets t where t.campaign_id = ? and t.enterprise_id % 2 = 0
						""",
				officer, campaign.getId());
		this.jdbc.execute("analyze");
		long prepared = System.nanoTime();

		for (int i = 0; i < 5; i++) {
			this.screenings.progress(scope, campaign.getId());
		}
		long[] progress = new long[50];
		List<CircleProgress> result = List.of();
		for (int i = 0; i < progress.length; i++) {
			long t0 = System.nanoTime();
			result = this.screenings.progress(scope, campaign.getId());
			progress[i] = System.nanoTime() - t0;
		}
		long[] targets = new long[20];
		for (int i = 0; i < targets.length; i++) {
			long t0 = System.nanoTime();
			this.screenings.targets(scope, campaign.getId(), true, PageRequest.of(i % 5, 50));
			targets[i] = System.nanoTime() - t0;
		}
		long[] report = new long[10];
		for (int i = 0; i < report.length; i++) {
			long t0 = System.nanoTime();
			this.reports.report(scope, java.time.LocalDate.of(2026, 1, 1), java.time.LocalDate.of(2026, 12, 31));
			report[i] = System.nanoTime() - t0;
		}

		assertThat(result).hasSize(20);
		assertThat(result.stream().mapToLong(CircleProgress::getTotal).sum()).isEqualTo(4600);
		assertThat(result.stream().mapToLong(CircleProgress::getCovered).sum()).isEqualTo(screened);
		List<String> plan = this.jdbc.queryForList("""
				explain (analyze, buffers off, costs off)
				select coalesce(c.name, '—'), count(*), count(s.id),
				       count(s.id) filter (where s.conclusion <> 'CLEAR'),
				       count(s.id) filter (where s.lead_raised_at is not null)
				from screening_targets t
				left join business_circles c on c.id = t.business_circle_id
				left join screenings s on s.campaign_id = t.campaign_id and s.enterprise_id = t.enterprise_id
				where t.campaign_id = ? group by c.name order by c.name nulls last
				""", String.class, campaign.getId());
		System.out.printf("%nLiaison screening benchmark: import of 4,600 rows %d ms; %d screened%n",
				(imported - start) / 1_000_000, screened);
		System.out.printf("progress (20 circles): median %.2f ms, p95 %.2f ms, max %.2f ms%n", median(progress),
				percentile(progress, 95), percentile(progress, 100));
		System.out.printf("open targets page (50 rows): median %.2f ms, max %.2f ms%n", median(targets),
				percentile(targets, 100));
		System.out.printf("liaison report (year): median %.2f ms, max %.2f ms%n", median(report),
				percentile(report, 100));
		System.out.printf("setup %d ms%n%s%n", (prepared - start) / 1_000_000, String.join("\n", plan));
		assertThat(median(progress)).as("median progress query in ms").isLessThan(100);
		assertThat(median(targets)).as("median targets page in ms").isLessThan(200);
	}

	static double median(long[] nanos) {
		return percentile(nanos, 50);
	}

	static double percentile(long[] nanos, int p) {
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, index)] / 1_000_000.0;
	}

}
