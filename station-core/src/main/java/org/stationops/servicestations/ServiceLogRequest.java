package org.stationops.servicestations;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One quick entry of the service log.
 *
 * @param incidentCategory the incident category (sub-type) when an alarm opens an
 * incident in the same step, else {@literal null}.
 */
public record ServiceLogRequest(Long serviceStationId, ServiceLogKind kind, Instant occurredAt, int people, String note,
		@Nullable String incidentCategory) {

}
