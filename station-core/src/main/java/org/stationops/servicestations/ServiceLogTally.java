package org.stationops.servicestations;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The service log counted per service station and kind for a period.
 *
 * @param rows one per service station of the police station, by name.
 * @param totals entries per kind over all service stations.
 */
public record ServiceLogTally(LocalDate from, LocalDate to, List<Row> rows, Map<ServiceLogKind, Long> totals,
		long entries, long people) {

	/**
	 * @param counts entries per kind (every kind present, zero when none).
	 */
	public record Row(Long serviceStationId, String name, Map<ServiceLogKind, Long> counts, long entries, long people) {

		public long count(ServiceLogKind kind) {
			return this.counts.getOrDefault(kind, 0L);
		}

	}

	public long total(ServiceLogKind kind) {
		return this.totals.getOrDefault(kind, 0L);
	}

	static Map<ServiceLogKind, Long> zeros() {
		Map<ServiceLogKind, Long> counts = new EnumMap<>(ServiceLogKind.class);
		for (ServiceLogKind kind : ServiceLogKind.values()) {
			counts.put(kind, 0L);
		}
		return counts;
	}

}
