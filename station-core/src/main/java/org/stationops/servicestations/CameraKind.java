package org.stationops.servicestations;

/**
 * What a camera is built to see.
 */
public enum CameraKind {

	/** 球机. */
	DOME,
	/** 枪机. */
	BULLET,
	/** 人脸抓拍. */
	FACE_CAPTURE,
	/** 车辆卡口. */
	VEHICLE_PLATE;

	public String labelKey() {
		return "servicestations.camera.kind." + name();
	}

}
