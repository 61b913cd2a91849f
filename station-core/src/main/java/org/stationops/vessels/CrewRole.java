package org.stationops.vessels;

/**
 * A crew member's role on board.
 */
public enum CrewRole {

	CAPTAIN, MATE, ENGINEER, DECKHAND, COOK, OTHER;

	public String labelKey() {
		return "vessels.role." + name();
	}

}
