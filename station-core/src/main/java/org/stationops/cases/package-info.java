/**
 * Cases (案件): administrative (治安) and criminal cases with their stage machine, suspects,
 * victims, seized items and assistance requests, an append-only timeline, the statutory
 * deadline engine of law-enforcement supervision (执法办案监督), and the supervisor review
 * queue for case decisions.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "shared :: validation",
		"shared :: web", "stations", "officers", "audit", "calendar", "incidents", "liaison" })
package org.stationops.cases;
