package org.stationops.liaison;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * When an enterprise is next due for its liaison officer. A visit resets both clocks, a
 * contact only the contact clock; an enterprise never visited counts from the day its
 * file was opened. The next due date is the earlier of the two.
 */
public final class Cadence {

	/**
	 * Days ahead within which a due date counts as "due" (today and the next two days).
	 */
	public static final int DUE_DAYS = 2;

	/** Days ahead within which a due date counts as "due soon". */
	public static final int DUE_SOON_DAYS = 7;

	private Cadence() {
	}

	public static LocalDate nextDue(LocalDate since, @Nullable LocalDate lastContact, @Nullable LocalDate lastVisit,
			int contactDays, int visitDays) {
		LocalDate visitDue = (lastVisit != null ? lastVisit : since).plusDays(visitDays);
		LocalDate lastAny = latest(lastContact, lastVisit);
		LocalDate contactBase = (lastAny != null) ? lastAny : since;
		LocalDate contactDue = contactBase.plusDays(contactDays);
		return visitDue.isBefore(contactDue) ? visitDue : contactDue;
	}

	public static DueState state(LocalDate due, LocalDate today) {
		if (due.isBefore(today)) {
			return DueState.OVERDUE;
		}
		if (!due.isAfter(today.plusDays(DUE_DAYS))) {
			return DueState.DUE;
		}
		if (!due.isAfter(today.plusDays(DUE_SOON_DAYS))) {
			return DueState.DUE_SOON;
		}
		return DueState.OK;
	}

	static @Nullable LocalDate latest(@Nullable LocalDate a, @Nullable LocalDate b) {
		if (a == null) {
			return b;
		}
		if (b == null) {
			return a;
		}
		return a.isAfter(b) ? a : b;
	}

}
