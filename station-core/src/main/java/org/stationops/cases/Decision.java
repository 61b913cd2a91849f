package org.stationops.cases;

import org.jspecify.annotations.Nullable;

/**
 * A case decision that goes to the supervisor review queue (法制审核).
 */
public enum Decision {

	FILING(CaseStage.FILED), NOT_FILING(CaseStage.NOT_FILED), EXTENSION(null), PUNISHMENT(CaseStage.PUNISHMENT_DECIDED),
	PROSECUTION_TRANSFER(CaseStage.TRANSFERRED_FOR_PROSECUTION), CLOSURE(CaseStage.CLOSED),
	WITHDRAWAL(CaseStage.WITHDRAWN);

	private final @Nullable CaseStage target;

	Decision(@Nullable CaseStage target) {
		this.target = target;
	}

	/**
	 * @return the stage the case moves to when the decision is approved; {@literal null}
	 * for an extension of the time limit.
	 */
	public @Nullable CaseStage target() {
		return this.target;
	}

}
