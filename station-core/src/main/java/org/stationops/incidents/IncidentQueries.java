package org.stationops.incidents;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * Queries that Spring Data method names cannot express; station-persistence implements
 * them in SQL.
 */
public interface IncidentQueries {

	/**
	 * @return incidents matching the filter, newest first (received-at, then id),
	 * offset-paged over the matching index.
	 */
	Page<Incident> search(IncidentFilter filter, Pageable pageable);

	/**
	 * Counts the incidents received since {@code from} in one statement.
	 * @param stationId {@literal null} for every station.
	 * @return [received, of which in a preventable category, of which with a response
	 * time (dispatch and arrival recorded), the sum of those response times in
	 * microseconds].
	 */
	long[] receivedSince(@Nullable Long stationId, Instant from);

	/**
	 * Counts the open incidents (on the board) by age at {@code now}, in one statement.
	 * @param stationId {@literal null} for every station.
	 * @return [under 1 h, 1–4 h, 4–24 h, 24 h and more].
	 */
	long[] openByAge(@Nullable Long stationId, Instant now);

	/**
	 * Atomically takes the next receipt sequence of a station's day (1, 2, ...).
	 */
	int nextReceiptSequence(Long stationId, LocalDate day);

}
