package org.stationops.vessels;

/**
 * What an officer enters about a crew member.
 */
public record CrewDetails(String name, String idNumber, String phone, CrewRole role, String contract, String employer) {

}
