package org.stationops.mediation.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.stationops.mediation.Agreement;
import org.stationops.mediation.ContactKind;
import org.stationops.mediation.Referral;
import org.stationops.mediation.RiskGrade;
import org.stationops.mediation.Satisfaction;
import org.stationops.mediation.SessionMode;
import org.stationops.shared.validation.PhoneNumber;

/**
 * The forms on a dispute file's page; each carries the file's version.
 */
final class ActionForms {

	private ActionForms() {
	}

	record MediatorForm(@Nullable Long officerId, @Nullable Long contactId, @Nullable Long version) {

		static MediatorForm empty() {
			return new MediatorForm(null, null, null);
		}

	}

	record RiskForm(@NotNull @Nullable RiskGrade riskGrade, @Nullable Boolean escalated,
			@Size(max = 500) @Nullable String escalationReason, @Nullable Long version) {

	}

	record SessionForm(@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate heldOn,
			@NotNull @Nullable SessionMode mode, @Size(max = 200) @Nullable String place,
			@NotBlank @Size(max = 1000) @Nullable String participants,
			@NotBlank @Size(max = 20000) @Nullable String record, @Nullable Long version) {

		static SessionForm empty(LocalDate today) {
			return new SessionForm(today, SessionMode.IN_PERSON, "", "", "", null);
		}

	}

	record AgreementForm(@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate reachedOn,
			@NotBlank @Size(max = 4000) @Nullable String facts,
			@NotBlank @Size(max = 2000) @Nullable String responsibilities,
			@NotBlank @Size(max = 4000) @Nullable String terms, @DecimalMin("0") @Nullable BigDecimal amount,
			@NotBlank @Size(max = 500) @Nullable String performanceManner,
			@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate performanceDeadline,
			@Nullable Long version) {

		static AgreementForm empty(LocalDate today) {
			return new AgreementForm(today, "", "", "", null, "", null, null);
		}

		Agreement agreement() {
			return new Agreement(this.reachedOn, this.facts.trim(), this.responsibilities.trim(), this.terms.trim(),
					this.amount, this.performanceManner.trim(), this.performanceDeadline);
		}

	}

	record FailureForm(@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate failedOn,
			@NotBlank @Size(max = 2000) @Nullable String reason, @NotNull @Nullable Referral referral,
			@Nullable Long version) {

		static FailureForm empty(LocalDate today) {
			return new FailureForm(today, "", null, null);
		}

	}

	record FollowUpForm(@NotNull @Nullable Long followUpId,
			@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate doneOn,
			@Nullable Boolean performed, @NotBlank @Size(max = 2000) @Nullable String outcome,
			@NotNull @Nullable Satisfaction satisfaction, @Nullable Long version) {

		static FollowUpForm empty(LocalDate today) {
			return new FollowUpForm(null, today, null, "", null, null);
		}

	}

	record ReturnForm(@NotBlank @Size(max = 1000) @Nullable String reason, @Nullable Long version) {

		static ReturnForm empty() {
			return new ReturnForm("", null);
		}

	}

	record ContactForm(@NotBlank @Size(max = 50) @Nullable String name, @NotNull @Nullable ContactKind kind,
			@Size(max = 100) @Nullable String organisation, @PhoneNumber @Nullable String phone) {

		static ContactForm empty() {
			return new ContactForm("", ContactKind.PEOPLES_MEDIATOR, "", "");
		}

	}

}
