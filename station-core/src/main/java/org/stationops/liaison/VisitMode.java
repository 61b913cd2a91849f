package org.stationops.liaison;

/**
 * A visit on site, or a contact by phone or message (counts only for the contact
 * cadence).
 */
public enum VisitMode {

	VISIT, CONTACT

}
