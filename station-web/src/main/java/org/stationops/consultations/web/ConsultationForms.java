package org.stationops.consultations.web;

import java.time.LocalDateTime;
import java.util.Objects;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.stationops.consultations.Channel;
import org.stationops.consultations.ConsultationDetails;
import org.stationops.consultations.Topic;
import org.stationops.shared.StationTime;
import org.stationops.shared.validation.PhoneNumber;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The forms of the consultation pages.
 */
final class ConsultationForms {

	private ConsultationForms() {
	}

	record IntakeForm(@NotNull @Nullable Channel channel, @NotNull @Nullable Topic topic,
			@Size(max = 40) @Nullable String personName, @PhoneNumber @Size(max = 20) @Nullable String personPhone,
			@NotBlank @Size(max = 2000) @Nullable String question,
			@NotNull @DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm",
					fallbackPatterns = "yyyy-MM-dd'T'HH:mm:ss") @Nullable LocalDateTime receivedAt,
			@Nullable Long stationId) {

		static IntakeForm empty(@Nullable Long stationId, LocalDateTime now) {
			return new IntakeForm(Channel.WORK_ACCOUNT, Topic.FRAUD_HELP, "", "", "", now.withSecond(0).withNano(0),
					stationId);
		}

		ConsultationDetails toDetails() {
			return new ConsultationDetails(Objects.requireNonNull(this.channel), Objects.requireNonNull(this.topic),
					text(this.personName), text(this.personPhone), text(this.question),
					Objects.requireNonNull(this.receivedAt).atZone(StationTime.ZONE).toInstant());
		}

	}

	record AnswerForm(@NotBlank @Size(max = 2000) @Nullable String answer, @NotNull @Nullable Long version) {

	}

	record IncidentForm(@NotBlank @Nullable String categoryCode, @NotBlank @Size(max = 200) @Nullable String location,
			@NotNull @Nullable Long version) {

	}

	static String text(@Nullable String value) {
		return (value == null) ? "" : value.trim();
	}

}
