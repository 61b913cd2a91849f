package org.stationops.system;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * The session store (Spring Session JDBC) on PostgreSQL: a session attribute is written
 * with {@code insert … on conflict do update}. Two requests of one session at the same
 * time (two tabs) that both add the same new attribute — the CSRF token on the first form
 * after signing in, the flash map of a redirect after a POST — otherwise both insert it,
 * and the second fails on the attributes' primary key with a 500 (found by the load
 * benchmark, docs/performance.md).
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfiguration {

	@Bean
	PostgreSqlJdbcIndexedSessionRepositoryCustomizer sessionAttributeUpserts() {
		return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
	}

}
