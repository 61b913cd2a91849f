package org.stationops.incidents;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * What the duty desk records about an incident, and what an edit may change.
 *
 * @param reporterIdNumber GB 11643 ID number, or empty.
 */
public record IncidentDetails(Instant receivedAt, IncidentSource source, String categoryCode, String location,
		@Nullable Long areaId, @Nullable BigDecimal latitude, @Nullable BigDecimal longitude, String reporterName,
		String reporterPhone, String reporterIdNumber, String description) {

	/**
	 * @return the names of the fields whose values differ from {@code other}'s, in form
	 * order, e.g. {@code [location, description]}.
	 */
	public List<String> differingFields(IncidentDetails other) {
		List<String> fields = new ArrayList<>();
		check(fields, "receivedAt", this.receivedAt, other.receivedAt);
		check(fields, "source", this.source, other.source);
		check(fields, "categoryCode", this.categoryCode, other.categoryCode);
		check(fields, "location", this.location, other.location);
		check(fields, "areaId", this.areaId, other.areaId);
		check(fields, "latitude", strip(this.latitude), strip(other.latitude));
		check(fields, "longitude", strip(this.longitude), strip(other.longitude));
		check(fields, "reporterName", this.reporterName, other.reporterName);
		check(fields, "reporterPhone", this.reporterPhone, other.reporterPhone);
		check(fields, "reporterIdNumber", this.reporterIdNumber, other.reporterIdNumber);
		check(fields, "description", this.description, other.description);
		return fields;
	}

	private static @Nullable BigDecimal strip(@Nullable BigDecimal value) {
		return (value != null) ? value.stripTrailingZeros() : null;
	}

	private static void check(List<String> fields, String name, @Nullable Object a, @Nullable Object b) {
		if (!Objects.equals(a, b)) {
			fields.add(name);
		}
	}

}
