package org.stationops.servicestations.web;

import java.time.LocalDateTime;
import java.util.Objects;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.stationops.servicestations.BookableService;
import org.stationops.servicestations.BookingRequest;
import org.stationops.shared.validation.PhoneNumber;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The public booking form. {@code submissionKey} is generated once per form, so a
 * double-clicked submit books once.
 */
record BookingForm(@NotNull @Nullable Long serviceStationId, @NotNull @Nullable BookableService service,
		@NotNull @DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm") @Nullable LocalDateTime slot,
		@NotBlank @Size(max = 40) @Nullable String name, @NotBlank @PhoneNumber @Size(max = 20) @Nullable String phone,
		@Size(max = 500) @Nullable String note, @Size(max = 64) @Nullable String submissionKey) {

	static BookingForm empty(@Nullable Long serviceStationId) {
		return new BookingForm(serviceStationId, null, null, "", "", "", java.util.UUID.randomUUID().toString());
	}

	/**
	 * @return the key, or {@literal null} when the form sent none (a hand-made request).
	 */
	@Nullable String key() {
		return (this.submissionKey == null || this.submissionKey.isBlank()) ? null : this.submissionKey;
	}

	BookingRequest toRequest() {
		return new BookingRequest(Objects.requireNonNull(this.serviceStationId), Objects.requireNonNull(this.service),
				Objects.requireNonNull(this.slot), ServiceStationForm.text(this.name),
				ServiceStationForm.text(this.phone), ServiceStationForm.text(this.note));
	}

}
