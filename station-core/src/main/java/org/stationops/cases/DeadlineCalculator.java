package org.stationops.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

import org.jspecify.annotations.Nullable;
import org.stationops.shared.RuleViolationException;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The deadline calculator (法定期限计算器): a deadline from facts alone, with each step
 * explained — the same {@link DeadlineEngine} the cases use. Pure; facts the law that
 * applies does not allow are refused with a {@link RuleViolationException}.
 */
public final class DeadlineCalculator {

	/** The offset every answer is given in (Asia/Shanghai has no daylight saving). */
	public static final ZoneOffset OFFSET = ZoneOffset.ofHours(8);

	/** Working days within which a second 治安调解 session must be held (程序规定 第183条). */
	static final int SECOND_SESSION_WORKING_DAYS = 7;

	/** Days to apply for 司法确认 (人民调解法 第33条). */
	static final int CONFIRMATION_DAYS = 30;

	private final DeadlineEngine engine;

	public DeadlineCalculator(DeadlineEngine engine) {
		this.engine = engine;
	}

	public Answer calculate(Query q) {
		return switch (q.clock()) {
			case ACCEPTANCE_REVIEW -> acceptanceReview(q);
			case CRIMINAL_FILING_REVIEW -> filingReview(q);
			case CASE_TIME_LIMIT -> caseTimeLimit(q);
			case POLICE_MEDIATION_SECOND_SESSION -> secondSession(q);
			case JUDICIAL_CONFIRMATION -> judicialConfirmation(q);
			case QUESTIONING -> questioning(q);
		};
	}

	private Answer acceptanceReview(Query q) {
		Instant accepted = required("acceptedAt", q.acceptedAt());
		PunishmentLaw law = PunishmentLaw.of(accepted);
		Steps steps = new Steps(law);
		steps.add("deadlines.step.acceptedAt", accepted.atOffset(OFFSET).toString());
		Instant due = this.engine.acceptanceReview(accepted, q.complex());
		if (!q.complex()) {
			steps.add("deadlines.step.hours", 24, "公通字〔2015〕32号");
			return steps.answer(q.clock(), null, due);
		}
		LocalDate start = accepted.atZone(DeadlineEngine.ZONE).toLocalDate();
		steps.add("deadlines.step.days", 3, start.plusDays(3).toString(), "公通字〔2015〕32号");
		LocalDate last = due.atZone(DeadlineEngine.ZONE).toLocalDate().minusDays(1);
		steps.rolled(start.plusDays(3), last);
		return steps.provisional(this.engine, start, last).answer(q.clock(), last, due);
	}

	private Answer filingReview(Query q) {
		Instant accepted = required("acceptedAt", q.acceptedAt());
		FilingTrack track = (q.track() != null) ? q.track() : FilingTrack.STANDARD;
		Steps steps = new Steps(PunishmentLaw.of(accepted));
		LocalDate start = accepted.atZone(DeadlineEngine.ZONE).toLocalDate();
		steps.add("deadlines.step.start", start.toString());
		steps.add("deadlines.step.days", track.days(), start.plusDays(track.days()).toString(),
				"公通字〔2015〕32号; 刑事程序规定 第174、178条");
		LocalDate last = this.engine.filingReview(start, track);
		steps.rolled(start.plusDays(track.days()), last);
		return steps.provisional(this.engine, start, last).answer(q.clock(), last, DeadlineEngine.endOf(last));
	}

	private Answer caseTimeLimit(Query q) {
		Instant accepted = required("acceptedAt", q.acceptedAt());
		PunishmentLaw law = PunishmentLaw.of(accepted);
		Steps steps = new Steps(law);
		if (q.extensions() < 0 || q.extensions() > law.maxExtensions()) {
			throw RuleViolationException.onField("extensions", "deadlines.error.extensions", law.maxExtensions(),
					new DefaultMessageSourceResolvable(law.messageKey()), law.caseLimitArticle());
		}
		LocalDate acceptedOn = accepted.atZone(DeadlineEngine.ZONE).toLocalDate();
		LocalDate start;
		if (q.mediationFailedOn() != null) {
			start = q.mediationFailedOn();
			steps.add("deadlines.step.startMediationFailed", start.toString());
		}
		else if (law.clockFromAcceptance()) {
			start = acceptedOn;
			steps.add("deadlines.step.startAccepted", start.toString(), law.caseLimitArticle());
		}
		else {
			start = required("filedOn", q.filedOn());
			if (start.isBefore(acceptedOn)) {
				throw RuleViolationException.onField("filedOn", "deadlines.error.filedBeforeAccepted");
			}
			steps.add("deadlines.step.startFiled", start.toString(), law.caseLimitArticle());
		}
		steps.add("deadlines.step.days", DeadlineEngine.CASE_DAYS, start.plusDays(DeadlineEngine.CASE_DAYS).toString(),
				law.caseLimitArticle());
		if (q.extensions() > 0) {
			steps.add("deadlines.step.extensions", q.extensions(), DeadlineEngine.EXTENSION_DAYS * q.extensions(),
					law.caseLimitArticle());
		}
		for (DeadlineEngine.Pause pause : q.pauses()) {
			if (pause.to() == null) {
				throw RuleViolationException.onField("pauses", "deadlines.error.openPause");
			}
			if (pause.to().isBefore(pause.from())) {
				throw RuleViolationException.onField("pauses", "deadlines.error.pauseReversed");
			}
			steps.add(law.excludes(pause.reason()) ? "deadlines.step.pauseExcluded" : "deadlines.step.pauseCounted",
					new DefaultMessageSourceResolvable("cases.pause." + pause.reason()), pause.from().toString(),
					pause.to().minusDays(1).toString(), law.caseLimitArticle());
		}
		long excluded = DeadlineEngine.excludedDays(law, start, q.pauses());
		if (!q.pauses().isEmpty()) {
			steps.add("deadlines.step.excludedTotal", excluded);
		}
		LocalDate raw = start
			.plusDays(DeadlineEngine.CASE_DAYS + (long) DeadlineEngine.EXTENSION_DAYS * q.extensions() + excluded);
		LocalDate last = java.util.Objects
			.requireNonNull(this.engine.caseTimeLimit(law, start, q.extensions(), q.pauses()));
		steps.rolled(raw, last);
		return steps.provisional(this.engine, start, last).answer(q.clock(), last, DeadlineEngine.endOf(last));
	}

	private Answer secondSession(Query q) {
		LocalDate first = required("firstSessionOn", q.firstSessionOn());
		Steps steps = new Steps(lawOf(q, first));
		steps.add("deadlines.step.firstSession", first.toString());
		LocalDate last = this.engine.calendar().addWorkingDays(first, SECOND_SESSION_WORKING_DAYS);
		steps.add("deadlines.step.workingDays", SECOND_SESSION_WORKING_DAYS, last.toString(), "行政案件程序规定 第183条");
		return steps.provisional(this.engine, first, last).answer(q.clock(), last, DeadlineEngine.endOf(last));
	}

	private Answer judicialConfirmation(Query q) {
		LocalDate effective = required("agreementEffectiveOn", q.agreementEffectiveOn());
		Steps steps = new Steps(lawOf(q, effective));
		steps.add("deadlines.step.agreementEffective", effective.toString());
		LocalDate raw = effective.plusDays(CONFIRMATION_DAYS);
		steps.add("deadlines.step.days", CONFIRMATION_DAYS, raw.toString(), "人民调解法 第33条");
		LocalDate last = this.engine.calendar().rollToWorkingDay(raw);
		steps.rolled(raw, last, "民事诉讼法 第85条");
		return steps.provisional(this.engine, effective, last).answer(q.clock(), last, DeadlineEngine.endOf(last));
	}

	private Answer questioning(Query q) {
		Instant arrived = required("arrivedAt", q.arrivedAt());
		QuestioningGround ground = required("ground", q.ground());
		PunishmentLaw law = lawOf(q, arrived.atZone(DeadlineEngine.ZONE).toLocalDate());
		Steps steps = new Steps(law);
		steps.add("deadlines.step.arrivedAt", arrived.atOffset(OFFSET).toString());
		Instant due = DeadlineEngine.questioning(law, arrived, ground);
		steps.add("deadlines.step.hours", law.questioningHours(ground), law.questioningArticle());
		steps.add("deadlines.step.hoursNotRolled");
		return steps.answer(q.clock(), null, due);
	}

	private static PunishmentLaw lawOf(Query q, LocalDate fallback) {
		return (q.acceptedAt() != null) ? PunishmentLaw.of(q.acceptedAt()) : PunishmentLaw.inForceOn(fallback);
	}

	private static <T> T required(String field, @Nullable T value) {
		if (value == null) {
			throw RuleViolationException.onField(field, "deadlines.error.required", field);
		}
		return value;
	}

	/**
	 * The facts of one calculation; fields a clock does not use may be {@literal null}.
	 */
	public record Query(StatutoryClock clock, @Nullable Instant acceptedAt, @Nullable LocalDate filedOn,
			boolean complex, @Nullable FilingTrack track, int extensions, List<DeadlineEngine.Pause> pauses,
			@Nullable LocalDate mediationFailedOn, @Nullable LocalDate firstSessionOn,
			@Nullable LocalDate agreementEffectiveOn, @Nullable Instant arrivedAt, @Nullable QuestioningGround ground) {
	}

	/**
	 * A computed deadline.
	 *
	 * @param lastDay the last day still on time (day-based clocks only).
	 * @param dueAt the instant it becomes late.
	 * @param unnoticedYear the year without a holiday notice that makes it provisional.
	 * @param steps each step explained, as message keys with arguments.
	 */
	public record Answer(StatutoryClock clock, PunishmentLaw law, @Nullable LocalDate lastDay, Instant dueAt,
			boolean provisional, @Nullable Integer unnoticedYear, List<DefaultMessageSourceResolvable> steps) {
	}

	private static final class Steps {

		private final PunishmentLaw law;

		private final List<DefaultMessageSourceResolvable> steps = new ArrayList<>();

		private @Nullable Integer unnoticed;

		Steps(PunishmentLaw law) {
			this.law = law;
			add("deadlines.step.law", new DefaultMessageSourceResolvable(law.messageKey()));
		}

		void add(String key, Object... args) {
			this.steps.add(new DefaultMessageSourceResolvable(new String[] { key }, args));
		}

		void rolled(LocalDate raw, LocalDate last) {
			rolled(raw, last, "行政案件程序规定 第35条");
		}

		void rolled(LocalDate raw, LocalDate last, String article) {
			if (last.equals(raw)) {
				add("deadlines.step.workingDay", last.toString());
			}
			else {
				add("deadlines.step.rolled", raw.toString(), last.toString(), article);
			}
		}

		Steps provisional(DeadlineEngine engine, LocalDate from, LocalDate last) {
			OptionalInt year = engine.calendar().firstUnnoticedYear(from, last);
			if (year.isPresent()) {
				this.unnoticed = year.getAsInt();
				add("deadlines.step.provisional", String.valueOf(year.getAsInt()));
			}
			return this;
		}

		Answer answer(StatutoryClock clock, @Nullable LocalDate last, Instant due) {
			return new Answer(clock, this.law, last, due, this.unnoticed != null, this.unnoticed,
					List.copyOf(this.steps));
		}

	}

}
