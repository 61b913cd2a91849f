/**
 * The application shell: security, locale, layout, error pages, the first administrator
 * of a production start, and the demo data set of a demo start.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "shared", "shared :: web", "shared :: persistence", "stations", "officers" })
package org.stationops.system;
