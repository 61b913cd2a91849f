package org.stationops.shared.persistence;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedPostgresTests {

	@TempDir
	Path dataDirectory;

	@Test
	void keepsDataAcrossRestarts() throws SQLException {
		try (EmbeddedPostgres server = EmbeddedPostgres.start(this.dataDirectory, true, 0)) {
			execute(server, "create table notes (body text); insert into notes values ('梅陇派出所')");
		}
		try (EmbeddedPostgres server = EmbeddedPostgres.start(this.dataDirectory, true, 0)) {
			assertThat(query(server, "select body from notes")).isEqualTo("梅陇派出所");
		}
	}

	@Test
	void extractsTrigramsFromChineseText() throws SQLException {
		try (EmbeddedPostgres server = EmbeddedPostgres.start(this.dataDirectory, false, 0)) {
			execute(server, "create extension if not exists pg_trgm");
			assertThat(query(server, "select array_length(show_trgm('梅陇派出所盗窃'), 1)::text")).isNotNull()
				.isNotEqualTo("0");
		}
	}

	private static void execute(EmbeddedPostgres server, String sql) throws SQLException {
		try (Connection connection = connect(server); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	private static String query(EmbeddedPostgres server, String sql) throws SQLException {
		try (Connection connection = connect(server);
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery(sql)) {
			rows.next();
			return rows.getString(1);
		}
	}

	private static Connection connect(EmbeddedPostgres server) throws SQLException {
		return DriverManager.getConnection(server.jdbcUrl("postgres"), "postgres", "postgres");
	}

}
