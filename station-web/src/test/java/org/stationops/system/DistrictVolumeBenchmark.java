package org.stationops.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.QueryStatistics;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.stationops.shared.web.OfficerPrincipal;
import org.stationops.support.StatementCounter;
import org.stationops.support.StationWebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The main pages at district volume (issue 10 "Volume", issue 16 "Speed"): loads a
 * district of {@code volume.stations} stations (default 15: the demo stations Meilong and
 * Daishan plus generated ones) over {@code volume.years} years (default 5) with
 * {@code benchmark/district-volume.sql} (run by {@link DistrictVolume}, as
 * {@code scripts/generate-district.sh} does), then times each page through MockMvc
 * (warm-up, then {@code volume.iterations} requests; median and p95) and counts its SQL
 * statements. Writes {@code target/district-volume.md}. Run alone with
 * {@code ./mvnw -Pbenchmark verify -pl station-web -am -Dtest=DistrictVolumeBenchmark}.
 * The rows it loads are deleted again afterwards, so other benchmarks of the same JVM see
 * the demo data only.
 */
@StationWebTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DistrictVolumeBenchmark {

	static final int STATIONS = Integer.getInteger("volume.stations", 15);

	static final int YEARS = Integer.getInteger("volume.years", 5);

	static final int ITERATIONS = Integer.getInteger("volume.iterations", 20);

	static final int WARM_UP = 3;

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	/** Tables the load adds rows to, in the order their rows are deleted again. */
	static final List<String> LOADED_TABLES = List.of("patrol_shifts", "patrol_plans", "patrol_checkpoints",
			"patrol_units", "appointments", "service_stations", "liaison_visits", "enterprises", "disputes", "cases",
			"incidents", "officers", "areas", "stations");

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	final Map<String, Long> watermarks = new LinkedHashMap<>();

	final StringBuilder report = new StringBuilder();

	record Timing(String who, String path, int statements, double median, double p95, int bytes) {
	}

	@Test
	void mainPagesAtDistrictVolume() throws Exception {
		assertThat(STATIONS).as("volume.stations").isBetween(2, 99);
		for (String table : LOADED_TABLES) {
			this.watermarks.put(table,
					this.jdbc.queryForObject("select coalesce(max(id), 0) from " + table, Long.class));
		}
		long loadStart = System.nanoTime();
		load();
		long loadMs = (System.nanoTime() - loadStart) / 1_000_000;
		Map<String, Long> counts = new LinkedHashMap<>();
		for (String table : List.of("incidents", "cases", "disputes", "patrol_shifts", "patrol_check_ins",
				"appointments", "enterprises", "liaison_visits")) {
			counts.put(table, this.jdbc.queryForObject("select count(*) from " + table, Long.class));
		}
		this.report.append(String.format("District: %d stations × %d years; loaded in %.1f s%n%n", STATIONS, YEARS,
				loadMs / 1000.0));
		this.report.append("| table | rows (whole database) |\n|---|---|\n");
		counts.forEach((table, n) -> this.report.append(String.format("| %s | %,d |%n", table, n)));
		this.report.append('\n');

		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.setStatisticsEnabled(true);
		statistics.clear();
		List<Timing> timings = new ArrayList<>();
		String incidentList = body("ml.officer", "/incidents");
		String incident = firstLink(incidentList, "/incidents/");
		LocalDate today = LocalDate.now();
		String[][] pages = { { "ml.officer", "/" }, { "ml.supervisor", "/" }, { "ml.officer", "/incidents" },
				{ "ml.officer", "/incidents?category=CRIMINAL.THEFT&status=CASE_OPENED&from=" + today.minusDays(90) },
				{ "ml.officer", "/incidents?q=盗窃" }, { "ml.officer", "/incidents?page=200" },
				{ "ml.officer", incident }, { "ml.officer", "/cases" }, { "ml.supervisor", "/cases" },
				{ "ml.supervisor", "/screen" }, { "bureau", "/screen/compare" },
				{ "ml.supervisor", "/reports?period=MONTH" }, { "bureau", "/reports?period=MONTH" },
				{ "ml.supervisor", "/patrol/compliance" }, { "bureau", "/patrol/compliance" } };
		for (String[] page : pages) {
			timings.add(measure(page[0], page[1]));
		}
		statistics.setStatisticsEnabled(false);

		this.report.append(String.format("Each page: %d warm-up requests, then %d timed (MockMvc, one thread)%n%n",
				WARM_UP, ITERATIONS));
		this.report
			.append("| user | page | statements | median (ms) | p95 (ms) | HTML (KB) |\n|---|---|---|---|---|---|\n");
		for (Timing t : timings) {
			this.report.append(String.format("| %s | `%s` | %d | %.1f | %.1f | %d |%n", t.who(), t.path(),
					t.statements(), t.median(), t.p95(), t.bytes() / 1024));
		}
		this.report.append("\nSlowest Hibernate queries of the run (max execution time):\n\n");
		Arrays.stream(statistics.getQueries())
			.map((q) -> Map.entry(q, statistics.getQueryStatistics(q)))
			.sorted(Comparator
				.comparingLong((Map.Entry<String, QueryStatistics> e) -> e.getValue().getExecutionMaxTime())
				.reversed())
			.limit(8)
			.forEach((e) -> this.report.append(String.format("- %d ms max, %d ms avg, %d runs: `%s`%n",
					e.getValue().getExecutionMaxTime(), e.getValue().getExecutionAvgTime(),
					e.getValue().getExecutionCount(), e.getKey().replaceAll("\\s+", " "))));
		explain();
		write();
		for (Timing t : timings) {
			assertThat(t.statements()).as("statements of %s", t.path()).isLessThanOrEqualTo(40);
		}
	}

	/**
	 * Loads the district with {@link DistrictVolume}, the generator behind
	 * {@code scripts/generate-district.sh}; reports each step's time, summed over the
	 * stations.
	 */
	private void load() throws IOException {
		String script = new ClassPathResource("benchmark/district-volume.sql")
			.getContentAsString(StandardCharsets.UTF_8);
		Map<String, Double> seconds = new LinkedHashMap<>();
		// one connection, so the seed set by the script's first statement holds for all
		// of it
		this.jdbc.execute((ConnectionCallback<Map<String, Long>>) (connection) -> DistrictVolume.load(connection,
				script, STATIONS, YEARS, new DistrictVolume.Progress() {

					@Override
					public void step(String name, int station, double s) {
						seconds.merge(name, s, Double::sum);
					}

					@Override
					public void station(int done, int stations, double share, Map<String, Long> rows) {
						System.out.printf("district volume: %d/%d stations loaded, %,d incidents%n", done, stations,
								rows.getOrDefault("incidents", 0L));
					}

				}));
		seconds.forEach((name, s) -> {
			String line = String.format("load step %-40s %8.1f s", name, s);
			System.out.println(line);
			this.report.append("    ").append(line).append('\n');
		});
		this.report.append('\n');
	}

	private Timing measure(String who, String path) throws Exception {
		OfficerPrincipal me = (OfficerPrincipal) this.users.loadUserByUsername(who);
		for (int i = 0; i < WARM_UP; i++) {
			request(me, path);
		}
		int statements = StatementCounter.count(() -> request(me, path));
		double[] times = new double[ITERATIONS];
		int bytes = 0;
		for (int i = 0; i < ITERATIONS; i++) {
			long start = System.nanoTime();
			bytes = request(me, path).getResponse().getContentAsByteArray().length;
			times[i] = (System.nanoTime() - start) / 1e6;
		}
		Arrays.sort(times);
		Timing timing = new Timing(who, path, statements, times[(ITERATIONS - 1) / 2],
				times[(int) Math.ceil(0.95 * ITERATIONS) - 1], bytes);
		System.out.printf("district volume %-14s %-60s %3d statements median %8.1f ms p95 %8.1f ms%n", who, path,
				statements, timing.median(), timing.p95());
		return timing;
	}

	private MvcTestResult request(OfficerPrincipal me, String path) {
		MvcTestResult result = this.mvc.get().uri(path).with(user(me)).exchange();
		assertThat(result).as(path).hasStatus(HttpStatus.OK);
		return result;
	}

	private String body(String who, String path) throws Exception {
		return request((OfficerPrincipal) this.users.loadUserByUsername(who), path).getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private static String firstLink(String body, String prefix) {
		Matcher matcher = Pattern.compile("href=\"(" + Pattern.quote(prefix) + "\\d+)\"").matcher(body);
		assertThat(matcher.find()).as("a link to %s… on the list", prefix).isTrue();
		return matcher.group(1);
	}

	/**
	 * Plans of the heaviest statements: the JDBC ones behind the bureau's pages
	 * (Hibernate's statistics above list only the JPA ones) and the pager's count of the
	 * busiest station.
	 */
	private void explain() {
		String ids = String.join(",",
				this.jdbc.queryForList("select station_id::text from volume_district order by rank", String.class));
		LocalDate month = LocalDate.now(ZONE).withDayOfMonth(1).minusMonths(1);
		Map<String, String> queries = new LinkedHashMap<>();
		queries.put("incident list of the busiest station (ML): the exact count behind the pager",
				"select count(*) from incidents where true and station_id = " + ml());
		queries.put(
				"the bureau's monthly report: incidents by station, area and category, current, previous and "
						+ "year-ago month (JdbcAnalysisQueries.COUNTS)",
				"""
						with n as (
						  select i.station_id, i.area_id, i.category_code,
						         count(*) filter (where i.received_at >= %2$s and i.received_at < %3$s) as cur,
						         count(*) filter (where i.received_at >= %4$s and i.received_at < %2$s) as prev,
						         count(*) filter (where i.received_at >= %5$s and i.received_at < %6$s) as yago
						  from incidents i
						  where i.station_id in (%1$s)
						    and ((i.received_at >= %2$s and i.received_at < %3$s)
						      or (i.received_at >= %4$s and i.received_at < %2$s)
						      or (i.received_at >= %5$s and i.received_at < %6$s))
						  group by i.station_id, i.area_id, i.category_code)
						select n.*, s.name, a.name, p.name_zh, c.name_zh
						from n
						join stations s on s.id = n.station_id
						join incident_categories c on c.code = n.category_code
						join incident_categories p on p.code = coalesce(c.parent_code, c.code)
						left join areas a on a.id = n.area_id
						order by p.sort_order, c.sort_order, n.station_id, n.area_id""".formatted(ids, at(month),
						at(month.plusMonths(1)), at(month.minusMonths(1)), at(month.minusYears(1)),
						at(month.minusYears(1).plusMonths(1))));
		queries.put("the bureau's monthly KPIs: response-time percentiles (JdbcAnalysisQueries.KPIS)", """
				select count(*),
				       percentile_cont(0.5) within group (order by extract(epoch from i.arrived_at - i.received_at)),
				       percentile_cont(0.9) within group (order by extract(epoch from i.arrived_at - i.received_at))
				from incidents i where i.station_id in (%s) and i.received_at >= %s and i.received_at < %s
				  and i.arrived_at is not null and i.arrived_at >= i.received_at""".formatted(ids, at(month),
				at(month.plusMonths(1))));
		queries.put("the bureau comparison: open incidents by age, every district station (JdbcScreenQueries.FIGURES)",
				"""
						select s.id, o.* from stations s cross join lateral (
						  select count(*) filter (where i.received_at > now() - interval '1 hour') as under_hour,
						         count(*) filter (where i.received_at <= now() - interval '1 day') as over_day
						  from incidents i where i.station_id = s.id
						   and i.status in ('RECEIVED', 'DISPATCHED', 'ON_SCENE', 'CLEARED')) o
						where s.id in (%s)""".formatted(ids));
		for (Map.Entry<String, String> query : queries.entrySet()) {
			this.report.append("\nPlan: ").append(query.getKey()).append("\n\n```\n");
			this.jdbc.queryForList("explain (analyze, buffers, costs off) " + query.getValue(), String.class)
				.forEach((line) -> this.report.append(line).append('\n'));
			this.report.append("```\n");
		}
	}

	private long ml() {
		return this.jdbc.queryForObject("select id from stations where code = 'ML'", Long.class);
	}

	private static String at(LocalDate day) {
		return "'" + day.atStartOfDay(ZONE).toOffsetDateTime() + "'::timestamptz";
	}

	private void write() throws IOException {
		Path out = Path.of("target", "district-volume.md");
		Files.createDirectories(out.getParent());
		Files.writeString(out, this.report.toString());
		System.out.println(this.report);
	}

	@AfterAll
	void deleteTheDistrict() {
		if (this.watermarks.isEmpty()) {
			return;
		}
		long start = System.nanoTime();
		List<Long> stations = this.jdbc.queryForList("select id from stations where id > ?", Long.class,
				this.watermarks.get("stations"));
		for (Long station : stations) {
			this.jdbc.update("delete from daily_briefs where station_id = ?", station);
		}
		for (String table : LOADED_TABLES) {
			this.jdbc.update("delete from " + table + " where id > ?", this.watermarks.get(table));
		}
		this.jdbc.execute("drop table if exists volume_district");
		this.jdbc.execute("vacuum analyze");
		long left = this.jdbc.queryForObject("select count(*) from incidents where created_by = 'vol.loader'",
				Long.class);
		System.out.printf("district volume: loaded rows deleted in %.1f s, %d left%n",
				(System.nanoTime() - start) / 1e9, left);
		assertThat(left).as("generated incidents left in the shared database").isZero();
	}

}
