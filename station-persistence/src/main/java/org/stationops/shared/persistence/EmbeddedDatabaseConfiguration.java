package org.stationops.shared.persistence;

import java.nio.file.Path;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * The default database: when no {@code spring.datasource.url} is configured, the app runs
 * its own PostgreSQL 18 with its data in
 * {@code stationops.embedded-database.data-directory} (kept between runs).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(OnEmbeddedDatabaseCondition.class)
class EmbeddedDatabaseConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(
			@Value("${stationops.embedded-database.data-directory:.data/postgres}") String dataDirectory,
			@Value("${stationops.embedded-database.port:0}") int port) {
		Path directory = Path.of(dataDirectory).toAbsolutePath().normalize();
		EmbeddedPostgres server = EmbeddedPostgres.start(directory, true, port);
		log.info("Embedded PostgreSQL 18 is running on port {} with its data in {} (kept between runs; delete "
				+ "the folder to start afresh)", server.port(), directory);
		return server;
	}

	@Bean
	DataSource dataSource(EmbeddedPostgres server) {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(server.jdbcUrl("postgres"));
		dataSource.setUsername("postgres");
		dataSource.setPassword("postgres");
		dataSource.setMaximumPoolSize(10);
		dataSource.setPoolName("embedded");
		return dataSource;
	}

}
