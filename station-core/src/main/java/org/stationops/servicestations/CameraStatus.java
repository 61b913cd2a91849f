package org.stationops.servicestations;

/**
 * Whether a camera works.
 */
public enum CameraStatus {

	ONLINE, FAULTY;

	public String labelKey() {
		return "servicestations.camera.status." + name();
	}

	public boolean working() {
		return this == ONLINE;
	}

}
