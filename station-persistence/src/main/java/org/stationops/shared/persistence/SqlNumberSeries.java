package org.stationops.shared.persistence;

import jakarta.persistence.EntityManager;
import org.stationops.shared.NumberSeries;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counters in {@code number_series}: one upsert returning the new value; the row lock
 * lasts until the caller's transaction commits.
 */
@Repository
class SqlNumberSeries implements NumberSeries {

	private final EntityManager entityManager;

	SqlNumberSeries(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public long next(Long stationId, String series) {
		Object value = this.entityManager
			.createNativeQuery("insert into number_series (station_id, series, last_value) values (:s, :series, 1)"
					+ " on conflict (station_id, series) do update set last_value = number_series.last_value + 1"
					+ " returning last_value")
			.setParameter("s", stationId)
			.setParameter("series", series)
			.getSingleResult();
		return ((Number) value).longValue();
	}

}
