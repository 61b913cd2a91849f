package org.stationops.antifraud;

/**
 * How the station reached the likely victim.
 */
public enum Intervention {

	CALL, VISIT, FAMILY_OR_COMMUNITY, BANK_CARD_PROTECTION

}
