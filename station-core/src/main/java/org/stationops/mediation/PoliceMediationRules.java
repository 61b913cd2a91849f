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

	/** Working days from registration within which the first session must be held. */
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
	 * @return the last day the first session may be held.
	 */
	public static LocalDate firstSessionDeadline(LocalDate registeredOn, WorkingDayCalendar calendar) {
		return calendar.addWorkingDays(registeredOn, FIRST_SESSION_WORKING_DAYS);
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
	public static @Nullable LocalDate nextSessionDeadline(LocalDate registeredOn, List<LocalDate> sessionsHeld,
			WorkingDayCalendar calendar) {
		if (sessionsHeld.isEmpty()) {
			return firstSessionDeadline(registeredOn, calendar);
		}
		if (sessionsHeld.size() == 1) {
			return secondSessionDeadline(sessionsHeld.get(0), calendar);
		}
		return null;
	}

	/**
	 * Refuses a session held too late or one more than the rules allow.
	 * @param sessionsHeld the days of the sessions already held, earliest first.
	 */
	public static void checkSession(LocalDate registeredOn, List<LocalDate> sessionsHeld, LocalDate heldOn,
			WorkingDayCalendar calendar) {
		if (sessionsHeld.size() >= MAX_SESSIONS) {
			throw RuleViolationException.onField("heldOn", "mediation.police.session.tooMany");
		}
		LocalDate deadline = nextSessionDeadline(registeredOn, sessionsHeld, calendar);
		if (deadline != null && heldOn.isAfter(deadline)) {
			throw RuleViolationException.onField("heldOn", sessionsHeld.isEmpty() ? "mediation.police.session.firstLate"
					: "mediation.police.session.secondLate", deadline.toString());
		}
	}

}
