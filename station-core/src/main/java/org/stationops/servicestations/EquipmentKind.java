package org.stationops.servicestations;

/**
 * Equipment a service station may have.
 */
public enum EquipmentKind {

	/** 爆闪警灯. */
	FLASHING_LIGHT,
	/** 急救箱. */
	FIRST_AID_KIT,
	/** AED. */
	DEFIBRILLATOR,
	/** 对讲机. */
	RADIO;

	public String labelKey() {
		return "servicestations.equipment." + name();
	}

}
