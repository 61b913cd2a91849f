package org.stationops.shared.persistence;

import java.time.Duration;

import javax.sql.DataSource;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import org.springframework.scheduling.annotation.Scheduled;
import org.stationops.shared.RateLimits;
import org.springframework.stereotype.Component;

/**
 * Token buckets for the public pages ({@code /track}, booking), kept in PostgreSQL (table
 * {@code rate_limit_buckets}, Bucket4j's select-for-update proxy) so every node of a
 * cluster counts the same attempts. A bucket row expires once it would be full again;
 * expired rows are removed every ten minutes.
 */
@Component
class PostgresRateLimits implements RateLimits {

	private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;

	PostgresRateLimits(DataSource dataSource) {
		this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
			.primaryKeyMapper(PrimaryKeyMapper.STRING)
			.table("rate_limit_buckets")
			.idColumn("id")
			.stateColumn("state")
			.expiresAtColumn("expires_at")
			.expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ZERO))
			.build();
	}

	@Override
	public boolean tryAttempt(String key, int attempts, Duration period) {
		BucketConfiguration configuration = BucketConfiguration.builder()
			.addLimit(Bandwidth.builder().capacity(attempts).refillGreedy(attempts, period).build())
			.build();
		return this.buckets.builder().build(key, () -> configuration).tryConsume(1);
	}

	@Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT10M")
	void removeExpired() {
		while (this.buckets.removeExpired(1000) == 1000) {
			// another batch
		}
	}

}
