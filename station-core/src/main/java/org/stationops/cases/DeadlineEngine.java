package org.stationops.cases;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
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

	/** Extensions allowed under the 2025 law (延长以二次为限, 第118条); one under 2012 (第99条). */
	public static final int MAX_EXTENSIONS = 2;

	/** 快速办理 hours (程序规定 第47条). */
	public static final int FAST_TRACK_HOURS = 48;

	/** Days to request arrest after 拘留 (刑事诉讼法 第91条). */
	public static final int ARREST_REQUEST_DAYS = 3;

	/** Days to request arrest for roving, repeated or gang crime (刑事诉讼法 第91条第2款). */
	public static final int ARREST_REQUEST_SERIOUS_DAYS = 30;

	/** Days to serve a decision not delivered on the spot. */
	public static final int SERVICE_DAYS = 2;

	/** Months after which an undiscovered act is no longer punished. */
	public static final int LIMITATION_MONTHS = 6;

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
	 * The time limit of an administrative (治安) case under the 2025 law.
	 * @see #caseTimeLimit(PunishmentLaw, LocalDate, int, List)
	 */
	public @Nullable LocalDate caseTimeLimit(LocalDate startedOn, int extensions, List<Pause> pauses) {
		return caseTimeLimit(PunishmentLaw.LAW_2025, startedOn, extensions, pauses);
	}

	/**
	 * The time limit of an administrative (治安) case: 30 days from the start of its clock
	 * (受理 under 2012 第99条, 立案 under 2025 第118条; or the day mediation failed, 程序规定
	 * 第185条第2款), plus 30 per approved extension (one under 2012, two under 2025), plus
	 * the days paused for a reason the law leaves out (鉴定; 听证 only under 2025).
	 * Overlapping pauses count once.
	 * @param pauses periods the clock stood still; an open pause has no end.
	 * @return the last day, or {@literal null} while a pause is open (the clock stands).
	 */
	public @Nullable LocalDate caseTimeLimit(PunishmentLaw law, LocalDate startedOn, int extensions,
			List<Pause> pauses) {
		if (extensions < 0 || extensions > law.maxExtensions()) {
			throw new RuleViolationException("cases.extension.tooMany", law.maxExtensions());
		}
		if (standsStill(law, startedOn, pauses)) {
			return null;
		}
		long excluded = excludedDays(law, startedOn, pauses);
		LocalDate last = startedOn.plusDays(CASE_DAYS + (long) EXTENSION_DAYS * extensions + excluded);
		return this.calendar.rollToWorkingDay(last);
	}

	/**
	 * @return the day the case time limit starts: the acceptance day under 2012 (第99条:
	 * 自受理之日), the filing day under 2025 (第118条: 自立案之日); a restart after failed mediation
	 * (程序规定 第185条) replaces either.
	 */
	public static LocalDate caseClockStart(PunishmentLaw law, LocalDate acceptedOn, @Nullable LocalDate filedOn,
			LocalDate clockStartedOn) {
		boolean restarted = filedOn != null && !clockStartedOn.equals(filedOn);
		return (law.clockFromAcceptance() && !restarted) ? acceptedOn : clockStartedOn;
	}

	private static boolean standsStill(PunishmentLaw law, LocalDate startedOn, List<Pause> pauses) {
		for (Pause pause : pauses) {
			if (pause.to() == null && law.excludes(pause.reason())
					&& (!pause.from().isBefore(startedOn) || pause.reason() != PauseReason.MEDIATION)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * @return the days the law leaves out of the time limit, overlapping pauses merged (a
	 * pause from D1 to D2 leaves out D1 … D2−1).
	 */
	static long excludedDays(PunishmentLaw law, LocalDate startedOn, List<Pause> pauses) {
		List<LocalDate[]> spans = new ArrayList<>();
		for (Pause pause : pauses) {
			LocalDate to = pause.to();
			if (to == null || !law.excludes(pause.reason())) {
				continue;
			}
			LocalDate from = pause.from().isBefore(startedOn) ? startedOn : pause.from();
			if (to.isAfter(from)) {
				spans.add(new LocalDate[] { from, to });
			}
		}
		spans.sort(Comparator.comparing((LocalDate[] span) -> span[0]));
		long excluded = 0;
		LocalDate coveredTo = LocalDate.MIN;
		for (LocalDate[] span : spans) {
			LocalDate from = span[0].isBefore(coveredTo) ? coveredTo : span[0];
			if (span[1].isAfter(from)) {
				excluded += ChronoUnit.DAYS.between(from, span[1]);
				coveredTo = span[1];
			}
		}
		return excluded;
	}

	/**
	 * @return whether the last day of a period counted from {@code from} lies in, or
	 * crosses, a year whose holiday notice has not been entered.
	 */
	public boolean isProvisional(LocalDate from, LocalDate lastDay) {
		return this.calendar.firstUnnoticedYear(from, lastDay).isPresent();
	}

	public WorkingDays calendar() {
		return this.calendar;
	}

	/**
	 * 询问查证 after a 传唤: 8 hours, 12 for many people or an unknown identity (2025 only), 24
	 * when complex and 行政拘留 is possible (2012 第83条; 2025 第97条), from the recorded arrival
	 * (到案). Hours are not moved past holidays.
	 */
	public static Instant questioning(PunishmentLaw law, Instant arrivedAt, QuestioningGround ground) {
		int hours = law.questioningHours(ground);
		if (hours < 0) {
			throw RuleViolationException.onField("ground", "deadlines.error.groundNotUnderLaw",
					new org.springframework.context.support.DefaultMessageSourceResolvable(law.messageKey()),
					law.questioningArticle());
		}
		return arrivedAt.plus(Duration.ofHours(hours));
	}

	/**
	 * 快速办理: the decision within 48 hours of the suspect's arrival (程序规定 第47条).
	 */
	public static Instant fastTrack(Instant arrivedAt) {
		return arrivedAt.plus(Duration.ofHours(FAST_TRACK_HOURS));
	}

	/**
	 * Criminal custody (拘留): 送看守所, family notice and first interrogation within 24 hours
	 * (刑事诉讼法 第85、86条). Counted in hours, never moved past holidays.
	 */
	public static Instant custodyFirstSteps(Instant detainedAt) {
		return detainedAt.plus(Duration.ofHours(24));
	}

	/**
	 * 提请批准逮捕 after 拘留: 3 days, extendable by 1 to 4 days, or up to 30 days for roving,
	 * repeated or gang crime (刑事诉讼法 第91条). Custody periods are not moved past holidays
	 * (刑事诉讼法 第105条: 法定期间不包括路途上的时间; 羁押期间 ends on its last day even when a holiday).
	 * @param extraDays 0, 1 to 4, or up to 27 more (30 in all) when {@code serious}.
	 */
	public static LocalDate arrestRequest(LocalDate detainedOn, int extraDays, boolean serious) {
		int max = serious ? ARREST_REQUEST_SERIOUS_DAYS - ARREST_REQUEST_DAYS : 4;
		if (extraDays < 0 || extraDays > max) {
			throw RuleViolationException.onField("extraDays", "deadlines.error.arrestExtension", max);
		}
		return detainedOn.plusDays(ARREST_REQUEST_DAYS + (long) extraDays);
	}

	/**
	 * 送达 of a punishment decision not delivered on the spot: within 2 days (2012 第97条;
	 * 2025 第116条), a period in days that ends on a working day (程序规定 第35条).
	 */
	public LocalDate service(LocalDate decidedOn) {
		return this.calendar.rollToWorkingDay(decidedOn.plusDays(SERVICE_DAYS));
	}

	/**
	 * 追究时效: an act not discovered within 6 months is not punished (2012 第22条; 2025 第25条),
	 * counted from the act or, when it continues, from its end. A limitation, not a
	 * procedural period: not moved past holidays.
	 * @return the last day on which discovering the act still allows punishment.
	 */
	public static LocalDate limitation(LocalDate actEndedOn) {
		return actEndedOn.plusMonths(LIMITATION_MONTHS);
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
			PunishmentLaw law = PunishmentLaw.of(facts.acceptedAt());
			LocalDate start = caseClockStart(law, facts.acceptedAt().atZone(ZONE).toLocalDate(), facts.filedOn(),
					facts.clockStartedOn());
			LocalDate last = caseTimeLimit(law, start, Math.min(facts.extensions(), law.maxExtensions()),
					facts.pauses());
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
			FilingTrack filingTrack, @Nullable LocalDate filedOn, @Nullable LocalDate clockStartedOn, int extensions,
			List<Pause> pauses) {
	}

	/**
	 * A running clock and when it runs out.
	 *
	 * @param dueAt {@literal null} while paused.
	 */
	public record Deadline(DeadlineClock clock, @Nullable Instant dueAt, boolean paused) {
	}

}
