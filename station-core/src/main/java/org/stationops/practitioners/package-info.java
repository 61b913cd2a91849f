/**
 * Practitioner screening (从业人员排查): couriers, ride-hailing and transport staff, security
 * guards and vessel crews registered against an enterprise of the liaison register, and
 * screening campaigns of their own over chosen trades: each practitioner checked once per
 * campaign, concerns recorded with their follow-up, progress per trade, and a campaign
 * that closes only when every concern's follow-up is done.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "shared :: validation",
		"shared :: web", "stations", "officers", "audit", "liaison" })
package org.stationops.practitioners;
