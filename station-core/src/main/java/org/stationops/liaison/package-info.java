/**
 * Enterprise liaison (警企联动): one file per enterprise (一企一档) with its dedicated liaison
 * officer and visit cadence, visits logged in the field, the fast channel (快速通道) for
 * enterprises' reports, the ten-feature fraud-company screening (十大特征排摸法) organised as
 * campaigns, training sessions and venue alliances, bulk import and the liaison report. A
 * suspected company is handed to case work by the
 * {@link org.stationops.liaison.FraudLeadRaised} event.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "shared", "shared :: validation", "shared :: web", "stations", "officers", "audit" })
package org.stationops.liaison;
