package org.stationops.cases.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.stationops.cases.DeadlineCalculator;
import org.stationops.cases.DeadlineEngine;
import org.stationops.cases.FilingTrack;
import org.stationops.cases.PauseReason;
import org.stationops.cases.QuestioningGround;
import org.stationops.cases.StatutoryClock;

/**
 * The facts of {@code POST /api/v1/deadlines}; fields a clock does not use may be absent.
 */
record DeadlineRequest(@NotNull @Nullable StatutoryClock clock, @Nullable OffsetDateTime acceptedAt,
		@Nullable LocalDate filedOn, @Nullable Boolean complex, @Nullable FilingTrack track,
		@Min(0) @Max(9) @Nullable Integer extensions, @Size(max = 20) @Valid @Nullable List<PauseFacts> pauses,
		@Nullable LocalDate mediationFailedOn, @Nullable LocalDate firstSessionOn,
		@Nullable LocalDate agreementEffectiveOn, @Nullable OffsetDateTime arrivedAt,
		@Nullable QuestioningGround ground) {

	DeadlineCalculator.Query query() {
		List<DeadlineEngine.Pause> paused = (this.pauses != null) ? this.pauses.stream()
			.map(p -> new DeadlineEngine.Pause(java.util.Objects.requireNonNull(p.reason()),
					java.util.Objects.requireNonNull(p.from()), p.to()))
			.toList() : List.of();
		return new DeadlineCalculator.Query(java.util.Objects.requireNonNull(this.clock),
				(this.acceptedAt != null) ? this.acceptedAt.toInstant() : null, this.filedOn,
				Boolean.TRUE.equals(this.complex), this.track, (this.extensions != null) ? this.extensions : 0, paused,
				this.mediationFailedOn, this.firstSessionOn, this.agreementEffectiveOn,
				(this.arrivedAt != null) ? this.arrivedAt.toInstant() : null, this.ground);
	}

	record PauseFacts(@NotNull @Nullable PauseReason reason, @NotNull @Nullable LocalDate from,
			@Nullable LocalDate to) {
	}

}
