/**
 * Vessels and crews (船舶与船员动态管理, "远洋码"): a station's fishing, ocean-going and cargo
 * vessels with their owner from the liaison register and their status history (in port,
 * at sea, abroad); crew members (GB 11643 ID numbers) on one vessel at a time; the
 * station's wanted list, imported from a file, against which a returning vessel's crew is
 * checked (a match opens a task for the vessel's officer, and both are audited); the
 * joint check with border inspection, owner and dock; legal education and requests from
 * crews.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "shared :: validation",
		"shared :: web", "stations", "officers", "audit", "liaison" })
package org.stationops.vessels;
