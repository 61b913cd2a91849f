package org.stationops.liaison;

/**
 * Kinds of enterprise the liaison file covers.
 */
public enum EnterpriseKind {

	COMPANY, INDIVIDUAL_BUSINESS, MARKET_STALL, COURIER_OUTLET, CONSTRUCTION_UNIT, VESSEL_OPERATOR, BAR_VENUE

}
