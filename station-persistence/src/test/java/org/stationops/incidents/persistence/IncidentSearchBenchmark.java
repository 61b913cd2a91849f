package org.stationops.incidents.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Measures the Chinese text search at volume: 200,000 incidents, then the list query
 * (first page and count) for 1-, 2- and 5-character terms, with the bigram GIN index and,
 * for comparison, a plain {@code strpos} scan. Not part of the normal build (the class
 * name does not end in Tests); run it with
 * {@code ./mvnw -pl station-persistence test -Dtest=IncidentSearchBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 * Results go to {@code target/incident-search-benchmark.md}.
 */
@DataJpaTest
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class IncidentSearchBenchmark {

	static final int ROWS = Integer.getInteger("benchmark.rows", 200_000);

	final JdbcTemplate jdbc;

	IncidentSearchBenchmark(@Autowired JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Test
	void searchesChineseDescriptionsAtVolume() throws IOException {
		StringBuilder report = new StringBuilder();
		this.jdbc
			.update("insert into stations (code, name, bureau) values ('BM', '基准派出所', '基准分局') on conflict do nothing");
		Long station = this.jdbc.queryForObject("select id from stations where code = 'BM'", Long.class);
		long start = System.nanoTime();
		this.jdbc.update(
				"""
						insert into incidents (station_id, receipt_number, query_code, received_at, source, category_code,
						    location, reporter_name, reporter_phone, description, status, created_by, created_at)
						select ?, 'BM-' || g, 'AAAAAA', now() - (g || ' minutes')::interval, 'EMERGENCY_110',
						    (array['CRIMINAL.THEFT','CRIMINAL.FRAUD','PUBLIC_ORDER.DISPUTE','TRAFFIC.ACCIDENT','ASSISTANCE.LOST_PROPERTY'])[1 + g % 5],
						    (array['梅陇一村','华梅社区','陇南社区','朱行社区','商务区'])[1 + g % 5] || (g % 300) || '号',
						    '测试', '13800138000',
						    (array['邻里因楼道堆物发生纠纷，双方争吵激烈','两车追尾发生轻微交通事故，无人员受伤','报警人称在出租车上遗失钱包',
						           '接到冒充客服电话，转账后发现被骗','顾客与商家因退款发生消费纠纷','居民反映楼上深夜装修噪音扰民'])[1 + (g * 7) % 6]
						    || '。' ||
						    (case when g % 50 = 0 then '店铺夜间被撬，疑似入室盗窃。'
						          when g % 997 = 0 then '摊位上的活虾被盗，约15公斤。'
						          when g % 13 = 0 then '停放在楼下的电动自行车被盗。'
						          else '民警到场后了解情况，做好登记。' end),
						    'RECEIVED', 'bench', now()
						from generate_series(1, ?) g
						""",
				station, ROWS);
		this.jdbc.execute("analyze incidents");
		long loadMillis = (System.nanoTime() - start) / 1_000_000;
		report.append("Loaded ").append(ROWS).append(" incidents in ").append(loadMillis).append(" ms\n\n");
		report.append(
				"| term | matches | indexed first page (ms) | indexed count (ms) | scan first page (ms) | scan count (ms) |\n");
		report.append("|---|---|---|---|---|---|\n");
		for (String term : List.of("盗窃", "虾", "电动自行车", "纠纷")) {
			Long matches = this.jdbc.queryForObject("select count(*) from incidents where station_id = ? and "
					+ "search_tokens @> incident_query_tokens(?) and strpos(lower(description || ' ' || location), lower(?)) > 0",
					Long.class, station, term, term);
			String indexed = " from incidents where station_id = %d and search_tokens @> incident_query_tokens('%s')"
				.formatted(station, term)
					+ " and strpos(lower(description || ' ' || location), lower('%s')) > 0".formatted(term);
			String scan = " from incidents where station_id = %d and strpos(lower(description || ' ' || location), lower('%s')) > 0"
				.formatted(station, term);
			report.append("| ")
				.append(term)
				.append(" | ")
				.append(matches)
				.append(" | ")
				.append(time("select *" + indexed + " order by received_at desc, id desc limit 25"))
				.append(" | ")
				.append(time("select count(*)" + indexed))
				.append(" | ")
				.append(time("select *" + scan + " order by received_at desc, id desc limit 25"))
				.append(" | ")
				.append(time("select count(*)" + scan))
				.append(" |\n");
		}
		report.append("\nPlan of the indexed count for 盗窃:\n\n```\n");
		this.jdbc
			.queryForList("explain (analyze, costs off, timing off) select count(*) from incidents where station_id = "
					+ station + " and search_tokens @> incident_query_tokens('盗窃')"
					+ " and strpos(lower(description || ' ' || location), '盗窃') > 0", String.class)
			.forEach(line -> report.append(line).append('\n'));
		report.append("```\n");
		Files.createDirectories(Path.of("target"));
		Files.writeString(Path.of("target", "incident-search-benchmark.md"), report);
		System.out.println(report);
		this.jdbc.update("delete from incidents where station_id = ?", station);
	}

	/**
	 * @return the median execution time of five runs, from EXPLAIN ANALYZE.
	 */
	private String time(String sql) {
		List<Double> times = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			List<String> plan = this.jdbc.queryForList("explain (analyze, timing off) " + sql, String.class);
			String last = plan.stream().filter(l -> l.startsWith("Execution Time")).findFirst().orElse("0 ms");
			times.add(Double.parseDouble(last.replaceAll("[^0-9.]", "")));
		}
		Collections.sort(times);
		return String.format("%.1f", times.get(2));
	}

}
