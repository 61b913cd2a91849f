package org.stationops.cases;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.stationops.calendar.WorkingDays;
import org.stationops.shared.RuleViolationException;

/**
 * The statutory clocks of law-enforcement supervision (执法办案监督). Pure rules over a
 * {@link WorkingDays} calendar; periods counted in days do not count their first day and,
 * when their last day is a rest day, end on the next working day (公安机关办理行政案件程序规定 第35条;
 * 刑事诉讼法 第105条). A due date ends at midnight (Asia/Shanghai) after that day.
 */
public final class DeadlineEngine {

	/** The zone every station works in. */
	public static final ZoneId ZONE = org.stationops.shared.StationTime.ZONE;

	/** An administrative case's basic time limit in days (治安管理处罚法 2025 第118条). */
	public static final int CASE_DAYS = 30;

	/** Days one extension adds (上一级公安机关批准, 2025 第118条). */
	public static final int EXTENSION_DAYS = 30;

	/** Extensions allowed (延长以二次为限, 2025 第118条). */
	public static final int MAX_EXTENSIONS = 2;

	/** How far ahead a deadline counts as due soon. */
	public static final Duration DUE_SOON = Duration.ofDays(3);

	private final WorkingDays calendar;

	public DeadlineEngine(WorkingDays calendar) {
		this.calendar = calendar;
	}

	/**
	 * Acceptance review of an administrative case: 24 hours, or 3 days when marked
	 * difficult or complex (公通字〔2015〕32号 受案审查期限).
	 */
	public Instant acceptanceReview(Instant acceptedAt, boolean complex) {
		if (!complex) {
			return acceptedAt.plus(Duration.ofHours(24));
		}
		LocalDate accepted = acceptedAt.atZone(ZONE).toLocalDate();
		return endOf(this.calendar.rollToWorkingDay(accepted.plusDays(3)));
	}

	/**
	 * Filing review of a criminal case: 3, 7 or 30 days from acceptance (公通字〔2015〕32号;
	 * 公安机关办理刑事案件程序规定 第174、178条).
	 */
	public LocalDate filingReview(LocalDate acceptedOn, FilingTrack track) {
		return this.calendar.rollToWorkingDay(acceptedOn.plusDays(track.days()));
	}

	/**
	 * The time limit of an administrative (治安) case: 30 days from the start of its clock
	 * (立案, 2025 第118条; or the day mediation failed, 程序规定 第185条第2款), plus 30 per approved
	 * extension (at most two), plus the days paused for appraisal or hearing.
	 * @param pauses periods the clock stood still; an open pause has no end.
	 * @return the last day, or {@literal null} while a pause is open (the clock stands).
	 */
	public @Nullable LocalDate caseTimeLimit(LocalDate startedOn, int extensions, List<Pause> pauses) {
		if (extensions < 0 || extensions > MAX_EXTENSIONS) {
			throw new RuleViolationException("cases.extension.tooMany", MAX_EXTENSIONS);
		}
		long excluded = 0;
		for (Pause pause : pauses) {
			if (pause.to() == null) {
				if (!pause.from().isBefore(startedOn) || pause.reason() != PauseReason.MEDIATION) {
					return null;
				}
				continue;
			}
			LocalDate from = pause.from().isBefore(startedOn) ? startedOn : pause.from();
			if (pause.to().isAfter(from)) {
				excluded += ChronoUnit.DAYS.between(from, pause.to());
			}
		}
		LocalDate last = startedOn.plusDays(CASE_DAYS + (long) EXTENSION_DAYS * extensions + excluded);
		return this.calendar.rollToWorkingDay(last);
	}

	/**
	 * The clock that runs for a case in its current stage.
	 * @return the deadline, or {@literal null} when no statutory clock runs in this
	 * stage.
	 */
	public @Nullable Deadline deadlineOf(ClockFacts facts) {
		if (facts.stage() == CaseStage.ACCEPTED) {
			if (facts.kind() == CaseKind.ADMINISTRATIVE) {
				return new Deadline(DeadlineClock.ACCEPTANCE_REVIEW,
						acceptanceReview(facts.acceptedAt(), facts.complex()), false);
			}
			LocalDate accepted = facts.acceptedAt().atZone(ZONE).toLocalDate();
			return new Deadline(DeadlineClock.FILING_REVIEW, endOf(filingReview(accepted, facts.filingTrack())), false);
		}
		boolean running = facts.stage() == CaseStage.FILED || facts.stage() == CaseStage.INVESTIGATING
				|| facts.stage() == CaseStage.SOLVED;
		if (facts.kind() == CaseKind.ADMINISTRATIVE && running && facts.clockStartedOn() != null) {
			LocalDate last = caseTimeLimit(facts.clockStartedOn(), facts.extensions(), facts.pauses());
			return new Deadline(DeadlineClock.CASE_TIME_LIMIT, (last != null) ? endOf(last) : null, last == null);
		}
		return null;
	}

	/**
	 * @return where a deadline stands at {@code now}.
	 */
	public static DeadlineStatus status(@Nullable Instant dueAt, Instant now) {
		if (dueAt == null) {
			return DeadlineStatus.PAUSED;
		}
		if (now.isAfter(dueAt)) {
			return DeadlineStatus.OVERDUE;
		}
		return now.plus(DUE_SOON).isAfter(dueAt) ? DeadlineStatus.DUE_SOON : DeadlineStatus.ON_TIME;
	}

	static Instant endOf(LocalDate day) {
		return day.plusDays(1).atStartOfDay(ZONE).toInstant();
	}

	/**
	 * A period the case clock stood still.
	 *
	 * @param to the day the clock resumed (exclusive); {@literal null} while it stands.
	 */
	public record Pause(PauseReason reason, LocalDate from, @Nullable LocalDate to) {
	}

	/**
	 * What the engine needs to know about a case.
	 */
	public record ClockFacts(CaseKind kind, CaseStage stage, Instant acceptedAt, boolean complex,
			FilingTrack filingTrack, @Nullable LocalDate clockStartedOn, int extensions, List<Pause> pauses) {
	}

	/**
	 * A running clock and when it runs out.
	 *
	 * @param dueAt {@literal null} while paused.
	 */
	public record Deadline(DeadlineClock clock, @Nullable Instant dueAt, boolean paused) {
	}

}
