package org.stationops.incidents;

import java.time.LocalDate;

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
	 * Atomically takes the next receipt sequence of a station's day (1, 2, ...).
	 */
	int nextReceiptSequence(Long stationId, LocalDate day);

}
