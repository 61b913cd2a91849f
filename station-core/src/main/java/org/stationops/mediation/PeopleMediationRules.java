package org.stationops.mediation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.stationops.shared.RuleViolationException;

/**
 * What a mediation agreement must carry. 人民调解法 第29条: the parties' basic particulars; the
 * main facts, matters in dispute and each party's responsibility; the terms and the
 * manner and deadline of performance. 第33条: the parties may jointly ask a court to
 * confirm it within 30 days of its taking effect. The police agreement (程序规定 第184条) asks
 * for the same contents plus the host, so both kinds are checked here.
 */
public final class PeopleMediationRules {

	/**
	 * Days after the agreement takes effect within which a court may be asked to confirm
	 * it.
	 */
	public static final int CONFIRMATION_DAYS = 30;

	/**
	 * The largest amount an agreement can name (the file keeps yuan with two decimals, 14
	 * digits in all).
	 */
	public static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999999.99");

	private PeopleMediationRules() {
	}

	public static LocalDate confirmationDeadline(LocalDate effectiveOn) {
		return effectiveOn.plusDays(CONFIRMATION_DAYS);
	}

	/**
	 * @return the last day to apply for 司法确认: 30 days from the agreement taking effect
	 * (人民调解法 第33条), moved to the next working day when it is a rest day (民事诉讼法 第85条).
	 */
	public static LocalDate confirmationDeadline(LocalDate effectiveOn, WorkingDayCalendar calendar) {
		LocalDate day = confirmationDeadline(effectiveOn);
		while (!calendar.isWorkingDay(day)) {
			day = day.plusDays(1);
		}
		return day;
	}

	/**
	 * Refuses an agreement that lacks a required content.
	 * @param parties the dispute's parties: at least two, each identified by an ID number
	 * or a credit code (第29条第1项).
	 * @param mediators how many mediators are assigned (the host who signs).
	 */
	public static void checkContents(Agreement agreement, List<Party> parties, int mediators) {
		checkAmount(agreement.amount());
		if (parties.size() < 2) {
			throw new RuleViolationException("mediation.agreement.partiesRequired");
		}
		for (Party party : parties) {
			String identifier = (party.getPartyType() == PartyType.PERSON) ? party.getIdNumber()
					: party.getCreditCode();
			if (identifier.isBlank()) {
				throw new RuleViolationException("mediation.agreement.partyParticulars", party.getName());
			}
		}
		if (mediators < 1) {
			throw new RuleViolationException("mediation.agreement.mediatorRequired");
		}
		requireText(agreement.facts(), "facts");
		requireText(agreement.responsibilities(), "responsibilities");
		requireText(agreement.terms(), "terms");
		requireText(agreement.performanceManner(), "performanceManner");
		if (agreement.performanceDeadline().isBefore(agreement.reachedOn())) {
			throw RuleViolationException.onField("performanceDeadline", "mediation.agreement.deadlineBeforeAgreement");
		}
	}

	private static void requireText(String value, String field) {
		if (value.isBlank()) {
			throw RuleViolationException.onField(field, "mediation.agreement.contentRequired");
		}
	}

	/**
	 * Refuses an amount the file cannot keep as it was written: negative, finer than a
	 * fen, or beyond {@link #MAX_AMOUNT}.
	 */
	static void checkAmount(@Nullable BigDecimal amount) {
		if (amount != null && (amount.signum() < 0 || amount.stripTrailingZeros().scale() > 2
				|| amount.setScale(2, RoundingMode.UNNECESSARY).compareTo(MAX_AMOUNT) > 0)) {
			throw RuleViolationException.onField("amount", "mediation.agreement.amountRange",
					MAX_AMOUNT.toPlainString());
		}
	}

}
