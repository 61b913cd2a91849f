package org.stationops.officers.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import org.stationops.officers.SignInFailures;
import org.springframework.stereotype.Repository;

/**
 * Failed sign-in counters in {@code sign_in_throttles}: a failure is one upsert, so
 * concurrent attempts on the same name all count.
 */
@Repository
class SqlSignInFailures implements SignInFailures {

	private final EntityManager entityManager;

	SqlSignInFailures(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	@Override
	public Optional<Counter> find(String key) {
		List<?> rows = this.entityManager
			.createNativeQuery("select failures, last_failure_at, locked_until from sign_in_throttles"
					+ " where throttle_key = :k")
			.setParameter("k", key)
			.getResultList();
		return rows.stream().findFirst().map(row -> {
			Object[] columns = (Object[]) row;
			return new Counter(((Number) columns[0]).intValue(), instant(columns[1]),
					(columns[2] != null) ? instant(columns[2]) : null);
		});
	}

	@Override
	public int recordFailure(String key, Instant now, Instant windowStart) {
		Object value = this.entityManager.createNativeQuery("""
				insert into sign_in_throttles (throttle_key, failures, last_failure_at) values (:k, 1, :now)
				on conflict (throttle_key) do update
				   set failures = case when sign_in_throttles.last_failure_at < :windowStart
				                        and (sign_in_throttles.locked_until is null
				                             or sign_in_throttles.locked_until < :now)
				                       then 1 else sign_in_throttles.failures + 1 end,
				       last_failure_at = :now
				returning failures""")
			.setParameter("k", key)
			.setParameter("now", Timestamp.from(now))
			.setParameter("windowStart", Timestamp.from(windowStart))
			.getSingleResult();
		return ((Number) value).intValue();
	}

	@Override
	public void lock(String key, Instant until) {
		this.entityManager.createNativeQuery("update sign_in_throttles set locked_until = :u where throttle_key = :k")
			.setParameter("u", Timestamp.from(until))
			.setParameter("k", key)
			.executeUpdate();
	}

	@Override
	public void clear(String key) {
		this.entityManager.createNativeQuery("delete from sign_in_throttles where throttle_key = :k")
			.setParameter("k", key)
			.executeUpdate();
	}

	private static Instant instant(Object value) {
		if (value instanceof Timestamp timestamp) {
			return timestamp.toInstant();
		}
		if (value instanceof Instant instant) {
			return instant;
		}
		return ((java.time.OffsetDateTime) value).toInstant();
	}

}
