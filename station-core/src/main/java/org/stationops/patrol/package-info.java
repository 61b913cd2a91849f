/**
 * Patrol (巡逻防控): patrol units (110 cars, e-police cars, foot patrols, PTU teams, guard
 * posts, volunteer teams, video patrol desks) with their status and last known position;
 * plans of the five kinds of Daishan's 五定五巡 with their checkpoints (巡更点) and signed
 * checkpoint codes; shifts with check-ins, volunteer hours and findings that become
 * incidents; planned-versus-actual compliance; and the nearest available units for an
 * open incident.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "shared :: validation",
		"shared :: web", "stations", "officers", "audit", "incidents", "servicestations" })
package org.stationops.patrol;
