package org.stationops.servicestations;

/**
 * Who owns a camera: 天网 belongs to the police, 雪亮 to communities and enterprises.
 */
public enum CameraOwner {

	POLICE, COMMUNITY, ENTERPRISE;

	public String labelKey() {
		return "servicestations.camera.owner." + name();
	}

}
