package org.stationops.youth.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.stationops.shared.validation.PhoneNumber;
import org.stationops.youth.ClosingReason;
import org.stationops.youth.MemberRole;
import org.stationops.youth.VisitOutcome;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The forms on a minor's file; each carries the version the officer started from. Field
 * names are unique on the page, so every control keeps its own id.
 */
final class GroupForms {

	private GroupForms() {
	}

	record MemberForm(@NotNull @Nullable MemberRole role, @NotBlank @Size(max = 40) @Nullable String name,
			@PhoneNumber @Size(max = 20) @Nullable String phone, @Size(max = 60) @Nullable String organisation,
			@NotNull @Nullable Long version) {

		static MemberForm empty(long version) {
			return new MemberForm(MemberRole.TEACHER, "", "", "", version);
		}

	}

	record PlanForm(@NotBlank @Size(max = 2000) @Nullable String plan, @NotNull @Nullable Long version) {

	}

	record MeetingForm(@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate heldOn,
			@Size(max = 200) @Nullable String attendees, @NotBlank @Size(max = 4000) @Nullable String minutes,
			@NotNull @Nullable Long version) {

		static MeetingForm empty(long version, LocalDate today) {
			return new MeetingForm(today, "", "", version);
		}

	}

	record VisitForm(@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate visitedOn,
			@NotBlank @Size(max = 100) @Nullable String place, @NotNull @Nullable VisitOutcome outcome,
			@Size(max = 2000) @Nullable String note, @NotNull @Nullable Long version) {

		static VisitForm empty(long version, LocalDate today) {
			return new VisitForm(today, "", VisitOutcome.STABLE, "", version);
		}

	}

	record ReviewForm(@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate reviewedOn,
			@NotBlank @Size(max = 2000) @Nullable String reviewNote,
			@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate nextReviewOn,
			@NotNull @Nullable Long version) {

		static ReviewForm empty(long version, LocalDate today) {
			return new ReviewForm(today, "", today.plusMonths(3), version);
		}

	}

	record CloseForm(@NotNull @Nullable ClosingReason reason, @NotBlank @Size(max = 2000) @Nullable String closingNote,
			@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate closedOn,
			@NotNull @Nullable Long version) {

		static CloseForm empty(long version, LocalDate today) {
			return new CloseForm(null, "", today, version);
		}

	}

	static String text(@Nullable String value) {
		return (value == null) ? "" : value.trim();
	}

}
