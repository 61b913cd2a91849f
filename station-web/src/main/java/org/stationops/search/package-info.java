/**
 * The navbar's one search box: a receipt number, query code, case number, dispute file
 * number or a reporter's phone finds its record within the officer's scope; anything else
 * searches incident descriptions. Owns no data; reads the features' public services.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "shared", "shared :: web", "incidents", "cases", "mediation" })
package org.stationops.search;
