package org.stationops.liaison;

/**
 * Who a training session is for.
 */
public enum TrainingAudience {

	PROPERTY, SECURITY, BOTH

}
