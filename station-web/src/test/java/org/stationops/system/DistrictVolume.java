package org.stationops.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs the district generator {@code benchmark/district-volume.sql} (issue 10, "Volume")
 * on one JDBC connection, station by station, and reports its progress. Used by
 * {@link DistrictVolumeBenchmark} and, through {@link #main}, by
 * {@code scripts/generate-district.sh}, which fills the database of an installed app.
 * Needs the JDK and the PostgreSQL driver only, so the script runs this file directly
 * with {@code java -cp postgresql.jar DistrictVolume.java} (single-file source launch).
 */
public final class DistrictVolume {

	private static final Pattern INSERT = Pattern.compile("^insert into (\\w+)", Pattern.CASE_INSENSITIVE);

	private DistrictVolume() {
	}

	/** A named step of the script: its statements, run once or once per station. */
	record Step(String name, List<String> statements, boolean perStation) {
	}

	/** What the load reports as it goes. */
	interface Progress {

		/**
		 * A step has run.
		 * @param name the step's name
		 * @param station the station's rank (1 = busiest), 0 for a step run once
		 * @param seconds how long it took
		 */
		void step(String name, int station, double seconds);

		/**
		 * A station is complete.
		 * @param done stations done so far
		 * @param stations stations in all
		 * @param share share of the expected rows done (stations weighted by their
		 * incidents a day)
		 * @param rows rows inserted so far, by table
		 */
		void station(int done, int stations, double share, Map<String, Long> rows);

	}

	/**
	 * Loads the district.
	 * @param connection one connection, so the script's seed holds for all of it
	 * @param script the generator's text
	 * @param stations stations of the district (2 to 99)
	 * @param years years of history
	 * @param progress told of each step and station
	 * @return rows inserted, by table
	 */
	static Map<String, Long> load(Connection connection, String script, int stations, int years, Progress progress)
			throws SQLException {
		if (stations < 2 || stations > 99 || years < 1) {
			throw new IllegalArgumentException("stations 2..99, years ≥ 1: " + stations + ", " + years);
		}
		List<Step> steps = steps(script);
		Map<String, Long> rows = new LinkedHashMap<>();
		int first = -1;
		int last = -1;
		for (int i = 0; i < steps.size(); i++) {
			if (steps.get(i).perStation()) {
				first = (first < 0) ? i : first;
				last = i;
			}
		}
		try (Statement statement = connection.createStatement()) {
			for (int i = 0; i < ((first < 0) ? steps.size() : first); i++) {
				run(statement, steps.get(i), stations, years, 0, rows, progress);
			}
			if (first >= 0) {
				List<Integer> weights = new ArrayList<>();
				try (ResultSet rs = statement.executeQuery("select rate from volume_district order by rank")) {
					while (rs.next()) {
						weights.add(rs.getInt(1));
					}
				}
				double total = weights.stream().mapToInt(Integer::intValue).sum();
				double done = 0;
				for (int station = 1; station <= weights.size(); station++) {
					for (int i = first; i <= last; i++) {
						run(statement, steps.get(i), stations, years, station, rows, progress);
					}
					done += weights.get(station - 1);
					progress.station(station, weights.size(), done / total, rows);
				}
				for (int i = last + 1; i < steps.size(); i++) {
					run(statement, steps.get(i), stations, years, 0, rows, progress);
				}
			}
		}
		return rows;
	}

	private static void run(Statement statement, Step step, int stations, int years, int station,
			Map<String, Long> rows, Progress progress) throws SQLException {
		long start = System.nanoTime();
		for (String sql : step.statements()) {
			String text = sql.replace("{stations}", Integer.toString(stations))
				.replace("{years}", Integer.toString(years))
				.replace("{station}", Integer.toString(station));
			statement.execute(text);
			Matcher insert = INSERT.matcher(text);
			if (insert.find()) {
				rows.merge(insert.group(1), (long) Math.max(0, statement.getUpdateCount()), Long::sum);
			}
		}
		progress.step(step.name(), station, (System.nanoTime() - start) / 1e9);
	}

	/**
	 * The steps of the script: split at lines "-- step NAME", each into statements at
	 * semicolons ending a line, comment lines dropped. A step is run per station when a
	 * statement of it holds {@code {station}}.
	 */
	static List<Step> steps(String script) {
		List<Step> steps = new ArrayList<>();
		for (String chunk : script.split("(?m)^-- step ")) {
			int newline = chunk.indexOf('\n');
			if (newline < 0 || !chunk.contains(";")) {
				continue;
			}
			List<String> statements = statements(chunk.substring(newline + 1));
			if (!statements.isEmpty()) {
				steps.add(new Step(chunk.substring(0, newline).trim(), statements,
						statements.stream().anyMatch((s) -> s.contains("{station}"))));
			}
		}
		return steps;
	}

	private static List<String> statements(String step) {
		List<String> statements = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		for (String line : step.split("\n")) {
			if (line.strip().startsWith("--")) {
				continue;
			}
			current.append(line).append('\n');
			if (line.stripTrailing().endsWith(";")) {
				statements.add(current.toString().strip().replaceAll(";$", ""));
				current.setLength(0);
			}
		}
		return statements;
	}

	/** A progress bar on standard output: one line per station, the step in between. */
	static final class Bar implements Progress {

		private final long start = System.nanoTime();

		private final boolean console = System.console() != null;

		@Override
		public void step(String name, int station, double seconds) {
			String line = String.format(Locale.ROOT, "  %-30s %s %7.1f s", name,
					(station > 0) ? "station " + station : "          ", seconds);
			if (this.console) {
				System.out.print("\r" + line + "          ");
			}
			else if (station == 0) {
				System.out.println(line);
			}
		}

		@Override
		public void station(int done, int stations, double share, Map<String, Long> rows) {
			int filled = (int) Math.round(share * 30);
			System.out.printf(Locale.ROOT, "%s[%s%s] %2d/%d stations, %,d incidents, %,d cases, %,d visits, %s%n",
					this.console ? "\r" : "", "#".repeat(filled), ".".repeat(30 - filled), done, stations,
					rows.getOrDefault("incidents", 0L), rows.getOrDefault("cases", 0L),
					rows.getOrDefault("liaison_visits", 0L), elapsed());
		}

		String elapsed() {
			long seconds = (System.nanoTime() - this.start) / 1_000_000_000L;
			return (seconds >= 60) ? (seconds / 60) + "m" + String.format("%02d", seconds % 60) + "s" : seconds + "s";
		}

	}

	/**
	 * Generates a district into a running database. Arguments:
	 * {@code --url JDBC_URL [--user postgres] [--stations 15] [--years 5] [--script PATH]}.
	 */
	public static void main(String[] args) throws Exception {
		Map<String, String> options = new LinkedHashMap<>(Map.of("--user", "postgres", "--stations", "15", "--years",
				"5", "--script", "station-web/src/test/resources/benchmark/district-volume.sql"));
		for (int i = 0; i + 1 < args.length; i += 2) {
			options.put(args[i], args[i + 1]);
		}
		if (!options.containsKey("--url")) {
			System.err
				.println("usage: DistrictVolume --url JDBC_URL [--user U] [--stations N] [--years N] [--script F]");
			System.exit(2);
		}
		int stations = Integer.parseInt(options.get("--stations"));
		int years = Integer.parseInt(options.get("--years"));
		String script = readScript(Path.of(options.get("--script")));
		try (Connection connection = DriverManager.getConnection(options.get("--url"), options.get("--user"), "")) {
			try (Statement statement = connection.createStatement();
					ResultSet rs = statement.executeQuery("select exists (select 1 from officers where username"
							+ " like 'vol.%') or to_regclass('volume_district') is not null")) {
				rs.next();
				if (rs.getBoolean(1)) {
					System.err.println("This database already holds a generated district; start from a fresh"
							+ " data directory.");
					System.exit(3);
				}
			}
			System.out.printf("Generating %d stations × %d years%n", stations, years);
			Bar bar = new Bar();
			Map<String, Long> rows = load(connection, script, stations, years, bar);
			try (Statement statement = connection.createStatement()) {
				statement.execute("drop table volume_district");
			}
			System.out.println("Done in " + bar.elapsed() + ". Rows inserted:");
			rows.forEach((table, n) -> System.out.printf(Locale.ROOT, "  %-24s %,12d%n", table, n));
		}
	}

	static String readScript(Path path) throws IOException {
		return Files.readString(path, StandardCharsets.UTF_8);
	}

}
