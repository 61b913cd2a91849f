/**
 * Public consultations (线上咨询): questions and help requests received through the station's
 * work accounts, hotline or the government service platform, their answers and the time
 * to answer, the incident opened from one in a single step (through
 * {@link org.stationops.incidents.IncidentService}), and monthly counts per channel and
 * topic.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "shared :: validation",
		"shared :: web", "stations", "officers", "audit", "incidents" })
package org.stationops.consultations;
