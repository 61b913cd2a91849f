package org.stationops.cases;

import java.util.EnumSet;
import java.util.Set;

/**
 * The stage machine of a case: 受案 → 立案 / 不予立案 → 调查 → 破案 → 处罚决定 (administrative) / 移送起诉
 * (criminal) → 结案, or 撤案 from any open stage after filing.
 */
public enum CaseStage {

	/** 受案. */
	ACCEPTED,
	/** 立案. */
	FILED,
	/** 不予立案 (terminal). */
	NOT_FILED,
	/** 调查 / 侦查. */
	INVESTIGATING,
	/** 破案. */
	SOLVED,
	/** 处罚决定 (administrative cases only). */
	PUNISHMENT_DECIDED,
	/** 移送起诉 (criminal cases only). */
	TRANSFERRED_FOR_PROSECUTION,
	/** 结案 (terminal). */
	CLOSED,
	/** 撤案 (terminal). */
	WITHDRAWN;

	/**
	 * @param kind the case's kind: punishment decisions belong to administrative cases,
	 * transfers for prosecution to criminal ones.
	 * @return the stages a case of that kind may move to from this one.
	 */
	public Set<CaseStage> next(CaseKind kind) {
		return switch (this) {
			case ACCEPTED -> EnumSet.of(FILED, NOT_FILED);
			case FILED -> EnumSet.of(INVESTIGATING, WITHDRAWN);
			case INVESTIGATING -> EnumSet.of(SOLVED, WITHDRAWN);
			case SOLVED -> EnumSet
				.of(kind == CaseKind.ADMINISTRATIVE ? PUNISHMENT_DECIDED : TRANSFERRED_FOR_PROSECUTION, WITHDRAWN);
			case PUNISHMENT_DECIDED, TRANSFERRED_FOR_PROSECUTION -> EnumSet.of(CLOSED);
			case NOT_FILED, CLOSED, WITHDRAWN -> EnumSet.noneOf(CaseStage.class);
		};
	}

	public boolean canMoveTo(CaseKind kind, CaseStage target) {
		return next(kind).contains(target);
	}

	/**
	 * @return the message key of this stage's label.
	 */
	public String messageKey() {
		return "cases.stage." + name();
	}

	public boolean isTerminal() {
		return this == NOT_FILED || this == CLOSED || this == WITHDRAWN;
	}

	/**
	 * @return whether a move into this stage is a decision that needs a supervisor's
	 * approval before it takes effect.
	 */
	public boolean needsReview() {
		return decision() != null;
	}

	/**
	 * @return the decision a move into this stage represents, {@literal null} for moves
	 * the handling officer makes alone (调查, 破案).
	 */
	public @org.jspecify.annotations.Nullable Decision decision() {
		return switch (this) {
			case FILED -> Decision.FILING;
			case NOT_FILED -> Decision.NOT_FILING;
			case PUNISHMENT_DECIDED -> Decision.PUNISHMENT;
			case TRANSFERRED_FOR_PROSECUTION -> Decision.PROSECUTION_TRANSFER;
			case CLOSED -> Decision.CLOSURE;
			case WITHDRAWN -> Decision.WITHDRAWAL;
			default -> null;
		};
	}

}
