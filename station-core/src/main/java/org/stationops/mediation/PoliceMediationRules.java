package org.stationops.mediation;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.stationops.shared.RuleViolationException;

/**
 * The rules of 治安调解 (公安机关办理行政案件程序规定 第十章; 治安管理处罚法 第9条): which cases may be mediated, and
 * when its sessions must take place.
 */
public final class PoliceMediationRules {

	/**
	 * Working days within which the first session should be held, counted from 受理 or,
	 * when an appraisal or valuation is needed, from the day its document is issued
	 * (治安调解工作规范 第9条). A later session is recorded with a warning, not refused: it really
	 * happened.
	 */
	public static final int FIRST_SESSION_WORKING_DAYS = 3;

	/**
	 * Working days after the first session within which a second one must be completed
	 * (第183条).
	 */
	public static final int SECOND_SESSION_WORKING_DAYS = 7;

	/** Mediation is generally one session, at most a second (第183条). */
	public static final int MAX_SESSIONS = 2;

	private PoliceMediationRules() {
	}

	/**
	 * Refuses police mediation unless the offence is of a type 第178条 lists, one of its
	 * circumstances applies and none of the exclusions of 第179条 does.
	 * @param rules the rule data (offences, grounds, exclusions).
	 */
	public static void checkEligible(@Nullable String offenceCode, @Nullable String groundCode,
			Collection<String> exclusionCodes, List<PoliceMediationRule> rules) {
		Map<String, PoliceMediationRule> byCode = rules.stream()
			.collect(Collectors.toMap(PoliceMediationRule::getCode, Function.identity()));
		PoliceMediationRule offence = (offenceCode != null) ? byCode.get(offenceCode) : null;
		if (offence == null || offence.getKind() != RuleKind.OFFENCE) {
			throw RuleViolationException.onField("offenceCode", "mediation.police.offence.notEligible");
		}
		PoliceMediationRule ground = (groundCode != null) ? byCode.get(groundCode) : null;
		if (ground == null || ground.getKind() != RuleKind.GROUND) {
			throw RuleViolationException.onField("groundCode", "mediation.police.ground.required");
		}
		for (String code : exclusionCodes) {
			PoliceMediationRule exclusion = byCode.get(code);
			if (exclusion != null && exclusion.getKind() == RuleKind.EXCLUSION) {
				throw RuleViolationException.onField("exclusions", "mediation.police.excluded", exclusion.getNameZh(),
						exclusion.getArticle());
			}
		}
	}

	/**
	 * @return the last day the first session should be held, counting from
	 * {@code startOn} (see {@link #firstSessionStart}).
	 */
	public static LocalDate firstSessionDeadline(LocalDate startOn, WorkingDayCalendar calendar) {
		return calendar.addWorkingDays(startOn, FIRST_SESSION_WORKING_DAYS);
	}

	/**
	 * @return the day the 3 working days run from: 受理, or the appraisal/valuation
	 * document's day when there is one and it is later (治安调解工作规范 第9条).
	 */
	public static LocalDate firstSessionStart(LocalDate acceptedOn, @Nullable LocalDate appraisalDocumentOn) {
		return (appraisalDocumentOn != null && appraisalDocumentOn.isAfter(acceptedOn)) ? appraisalDocumentOn
				: acceptedOn;
	}

	/**
	 * @return whether the first of {@code sessionsHeld} came after its 3 working days:
	 * shown as a warning.
	 */
	public static boolean firstSessionLate(LocalDate startOn, List<LocalDate> sessionsHeld,
			WorkingDayCalendar calendar) {
		return !sessionsHeld.isEmpty() && sessionsHeld.get(0).isAfter(firstSessionDeadline(startOn, calendar));
	}

	/**
	 * @return the last day a second session may be held after the first.
	 */
	public static LocalDate secondSessionDeadline(LocalDate firstSession, WorkingDayCalendar calendar) {
		return calendar.addWorkingDays(firstSession, SECOND_SESSION_WORKING_DAYS);
	}

	/**
	 * @return the last day the next session may be held, or {@literal null} when no
	 * further session is allowed.
	 */
	public static @Nullable LocalDate nextSessionDeadline(LocalDate firstSessionStart, List<LocalDate> sessionsHeld,
			WorkingDayCalendar calendar) {
		if (sessionsHeld.isEmpty()) {
			return firstSessionDeadline(firstSessionStart, calendar);
		}
		if (sessionsHeld.size() == 1) {
			return secondSessionDeadline(sessionsHeld.get(0), calendar);
		}
		return null;
	}

	/**
	 * Refuses a second session held too late or one more than the rules allow. A late
	 * first session is not refused ({@link #firstSessionLate} warns).
	 * @param sessionsHeld the days of the sessions already held, earliest first.
	 */
	public static void checkSession(LocalDate firstSessionStart, List<LocalDate> sessionsHeld, LocalDate heldOn,
			WorkingDayCalendar calendar) {
		if (sessionsHeld.size() >= MAX_SESSIONS) {
			throw RuleViolationException.onField("heldOn", "mediation.police.session.tooMany");
		}
		if (sessionsHeld.isEmpty()) {
			return;
		}
		LocalDate deadline = nextSessionDeadline(firstSessionStart, sessionsHeld, calendar);
		if (deadline != null && heldOn.isAfter(deadline)) {
			throw RuleViolationException.onField("heldOn", "mediation.police.session.secondLate", deadline.toString());
		}
	}

}
