package org.stationops.cases.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.stationops.cases.Decision;
import org.stationops.cases.DecisionFacts;
import org.stationops.cases.ParticularKind;
import org.stationops.cases.PauseReason;
import org.stationops.cases.Penalty;
import org.stationops.cases.QuestioningGround;
import org.stationops.cases.SuspectStatus;
import org.stationops.shared.validation.ResidentId;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The small forms on the case page.
 */
final class WorkForms {

	private WorkForms() {
	}

	record SuspectForm(@NotBlank @Size(max = 50) @Nullable String name, @ResidentId @Nullable String idNumber,
			@NotNull @Nullable SuspectStatus status) {

		static SuspectForm empty() {
			return new SuspectForm("", "", SuspectStatus.IDENTIFIED);
		}

	}

	/**
	 * A suspect's arrival (到案) and the ground of 询问查证, in the station's time.
	 */
	record ArrivalForm(@NotNull @Nullable Long suspectId,
			@NotNull @DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm") @Nullable LocalDateTime arrivedAt,
			@NotNull @Nullable QuestioningGround ground) {

		static ArrivalForm empty() {
			return new ArrivalForm(null, null, QuestioningGround.NORMAL);
		}

	}

	/**
	 * The day of the act (or of its end when it continued), from which 追究时效 runs.
	 */
	record OffenceForm(@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate offenceDate) {

	}

	record ParticularForm(@NotNull @Nullable ParticularKind kind,
			@NotBlank @Size(max = 500) @Nullable String description,
			@PositiveOrZero @Digits(integer = 12, fraction = 2) @Nullable BigDecimal amount,
			@Size(max = 100) @Nullable String region) {

		static ParticularForm empty() {
			return new ParticularForm(ParticularKind.VICTIM, "", null, "");
		}

	}

	record NoteForm(@NotBlank @Size(max = 2000) @Nullable String text, @Nullable Boolean publicNote) {

		static NoteForm empty() {
			return new NoteForm("", false);
		}

	}

	/**
	 * A decision for review; an extension carries the approval of the level above
	 * (document number and date), a punishment its penalty and the hearing notice.
	 */
	record DecisionForm(@NotNull @Nullable Decision decision, @Size(max = 2000) @Nullable String note,
			@Size(max = 200) @Nullable String approvalReference,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate approvalDate, @Nullable Boolean warning,
			@Digits(integer = 12, fraction = 2) @Nullable BigDecimal fine, @Nullable Integer detentionDays,
			@Nullable Boolean licenceRevoked, @Nullable Boolean businessSuspended, @Nullable Boolean hearingNoticed) {

		static DecisionForm empty() {
			return new DecisionForm(null, "", "", null, false, null, null, false, false, false);
		}

		DecisionFacts facts() {
			Penalty penalty = new Penalty(Boolean.TRUE.equals(this.warning), this.fine, this.detentionDays,
					Boolean.TRUE.equals(this.licenceRevoked), Boolean.TRUE.equals(this.businessSuspended));
			return new DecisionFacts(Objects.requireNonNullElse(this.note, "").trim(),
					Objects.requireNonNullElse(this.approvalReference, ""), this.approvalDate, penalty,
					Boolean.TRUE.equals(this.hearingNoticed));
		}

	}

	record PauseForm(@Nullable PauseReason reason,
			@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate day) {

		static PauseForm empty(LocalDate today) {
			return new PauseForm(PauseReason.APPRAISAL, today);
		}

	}

}
