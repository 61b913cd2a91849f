package org.stationops.incidents.web;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Objects;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.stationops.incidents.Incident;
import org.stationops.incidents.IncidentDetails;
import org.stationops.incidents.IncidentSource;
import org.stationops.shared.validation.PhoneNumber;
import org.stationops.shared.validation.ResidentId;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/**
 * The duty-desk intake form, also used to edit an incident. {@code formToken} makes a
 * double submit create one incident; {@code version} guards edits.
 */
record IncidentForm(@NotNull @DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm", fallbackPatterns = {
		"yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm" }) @Nullable LocalDateTime receivedAt,
		@NotNull @Nullable IncidentSource source, @NotBlank @Nullable String categoryCode,
		@NotBlank @Size(max = 200) @Nullable String location, @Nullable Long areaId,
		@Pattern(regexp = COORDINATE, message = "{typeMismatch.java.math.BigDecimal}") @Nullable String latitude,
		@Pattern(regexp = COORDINATE, message = "{typeMismatch.java.math.BigDecimal}") @Nullable String longitude,
		@Size(max = 40) @Nullable String reporterName, @PhoneNumber @Size(max = 20) @Nullable String reporterPhone,
		@ResidentId @Size(max = 18) @Nullable String reporterIdNumber,
		@NotBlank @Size(max = 2000) @Nullable String description, @Nullable Long stationId, @Nullable String formToken,
		@Nullable Long version, @Nullable Boolean anonymous, @Size(max = 200) @Nullable String anonymityReason){

	/**
	 * A decimal number; coordinates are typed as text so a typo is reported with the
	 * other errors.
	 */
	static final String COORDINATE = "(-?\\d{1,3}(\\.\\d{1,8})?)?";

	static IncidentForm empty(LocalDateTime now, @Nullable Long stationId) {
		return new IncidentForm(now.withSecond(0).withNano(0), IncidentSource.EMERGENCY_110, "", "", null, null, null,
				"", "", "", "", stationId, java.util.UUID.randomUUID().toString(), null, false, "");
	}

	static IncidentForm of(Incident incident, ZoneId zone) {
		return of(incident.details(), incident.getStationId(), incident.getVersion(), zone);
	}

	static IncidentForm of(IncidentDetails details, Long stationId, long version, ZoneId zone) {
		return new IncidentForm(LocalDateTime.ofInstant(details.receivedAt(), zone), details.source(),
				details.categoryCode(), details.location(), details.areaId(), text(details.latitude()),
				text(details.longitude()), details.reporterName(), details.reporterPhone(), details.reporterIdNumber(),
				details.description(), stationId, null, version, details.anonymous(), details.anonymityReason());
	}

	@SuppressWarnings("NullAway")
	IncidentDetails toDetails(ZoneId zone) {
		return new IncidentDetails(this.receivedAt.atZone(zone).toInstant(), this.source, this.categoryCode.trim(),
				this.location.trim(), this.areaId, decimal(this.latitude), decimal(this.longitude),
				text(this.reporterName), text(this.reporterPhone),
				Objects.requireNonNullElse(this.reporterIdNumber, "").trim().toUpperCase(), this.description.trim(),
				anonymousTip(), text(this.anonymityReason));
	}

	/**
	 * Name and phone are required unless the tip is anonymous; an anonymous tip needs its
	 * reason.
	 */
	void checkReporter(Errors errors) {
		if (anonymousTip()) {
			if (text(this.anonymityReason).isEmpty()) {
				errors.rejectValue("anonymityReason", "incidents.anonymous.reasonRequired");
			}
			return;
		}
		if (text(this.reporterName).isEmpty()) {
			errors.rejectValue("reporterName", "incidents.reporter.requiredUnlessAnonymous");
		}
		if (text(this.reporterPhone).isEmpty()) {
			errors.rejectValue("reporterPhone", "incidents.reporter.requiredUnlessAnonymous");
		}
	}

	boolean anonymousTip() {
		return Boolean.TRUE.equals(this.anonymous);
	}

	private static String text(@Nullable String value) {
		return (value != null) ? value.trim() : "";
	}

	private static @Nullable String text(@Nullable BigDecimal value) {
		return (value != null) ? value.toPlainString() : null;
	}

	private static @Nullable BigDecimal decimal(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : new BigDecimal(value.trim());
	}

}
