/**
 * Officers: the user accounts of the platform, their roles, station, team and preferred
 * language. A bureau-level account has no station and sees every station.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "shared", "shared :: validation", "shared :: web", "stations", "audit" })
package org.stationops.officers;
