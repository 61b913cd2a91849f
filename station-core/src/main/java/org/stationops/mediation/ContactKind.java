package org.stationops.mediation;

/**
 * What an outside mediator is.
 */
public enum ContactKind {

	PEOPLES_MEDIATOR, SOCIAL_WORKER, LAWYER, COMMUNITY_WORKER, OTHER

}
