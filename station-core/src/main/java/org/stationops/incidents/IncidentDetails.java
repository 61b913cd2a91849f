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
 * @param anonymous an anonymous tip (匿名举报): name and phone may be empty, and pages show
 * "匿名" instead of them (程序规定 §63 keeps the reporter confidential).
 * @param anonymityReason why the reporter stays anonymous, required when anonymous.
 */
public record IncidentDetails(Instant receivedAt, IncidentSource source, String categoryCode, String location,
		@Nullable Long areaId, @Nullable BigDecimal latitude, @Nullable BigDecimal longitude, String reporterName,
		String reporterPhone, String reporterIdNumber, String description, boolean anonymous, String anonymityReason) {

	/**
	 * Details of a reporter who gave their name (the 110 interface, the import).
	 */
	public IncidentDetails(Instant receivedAt, IncidentSource source, String categoryCode, String location,
			@Nullable Long areaId, @Nullable BigDecimal latitude, @Nullable BigDecimal longitude, String reporterName,
			String reporterPhone, String reporterIdNumber, String description) {
		this(receivedAt, source, categoryCode, location, areaId, latitude, longitude, reporterName, reporterPhone,
				reporterIdNumber, description, false, "");
	}

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
		check(fields, "anonymous", this.anonymous, other.anonymous);
		check(fields, "anonymityReason", this.anonymityReason, other.anonymityReason);
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
