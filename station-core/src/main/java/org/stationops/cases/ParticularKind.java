package org.stationops.cases;

/**
 * The kinds of particulars recorded on a case.
 */
public enum ParticularKind {

	/** A victim, with the loss they suffered. */
	VICTIM,
	/** An item seized (扣押物品), with its value. */
	SEIZED_ITEM,
	/** A cross-region assistance request (异地协查), with the region asked. */
	ASSISTANCE_REQUEST

}
