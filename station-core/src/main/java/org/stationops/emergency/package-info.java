/**
 * Emergency plans and drills (应急预案与演练): plans per station and scenario (岛自为战, 海陆一体,
 * typhoon, large event, mass incident) with trigger conditions, roles, an ordered
 * mobilisation list, assembly points and resources; the one-click mobilisation view once
 * a plan is activated (phones masked until then); drills with participants, time to
 * assemble, findings and follow-up; a plan not drilled for a year is flagged.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "shared", "shared :: validation", "shared :: web", "stations", "officers", "audit" })
package org.stationops.emergency;
