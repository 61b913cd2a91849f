package org.stationops.servicestations;

/**
 * The state of one piece of equipment.
 */
public enum EquipmentStatus {

	WORKING, FAULTY;

	public boolean isWorking() {
		return this == WORKING;
	}

	public String labelKey() {
		return "servicestations.equipmentStatus." + name();
	}

}
