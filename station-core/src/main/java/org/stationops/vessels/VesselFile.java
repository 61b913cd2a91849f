package org.stationops.vessels;

import java.util.List;

/**
 * Everything a vessel's page shows, read in one transaction: the vessel, its owner's and
 * officer's names, the crew aboard (masked) and the vessel's tasks.
 */
public record VesselFile(Vessel vessel, String stationName, String ownerName, String officerName, List<CrewMember> crew,
		List<TaskLine> tasks) {

	/**
	 * A task with the names it concerns.
	 */
	public record TaskLine(VesselTask task, String crewName, String maskedIdNumber) {

	}

}
