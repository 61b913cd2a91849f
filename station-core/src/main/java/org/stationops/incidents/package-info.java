/**
 * Incidents (警情): duty-desk intake, receipt numbers and query codes, dispatch and
 * response times, handling guides, disposition (with the {@link IncidentReferred}
 * hand-off to cases and mediation), the 24-hour transfer clock, Chinese text search, and
 * the public tracking lookup that merges {@link ReportProgress} entries from other
 * features.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "shared :: validation",
		"shared :: web", "stations", "officers", "audit", "liaison" })
package org.stationops.incidents;
