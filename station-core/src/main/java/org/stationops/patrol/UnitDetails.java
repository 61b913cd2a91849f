package org.stationops.patrol;

/**
 * What an officer enters for a patrol unit.
 *
 * @param name call sign or team name, unique per station.
 * @param leader the team leader (volunteer teams, PTU) or the officer in charge.
 * @param members one name a line.
 * @param affiliation the volunteers' or guards' home organisation (community, company).
 * @param memberCount how many people the unit has.
 */
public record UnitDetails(String name, UnitKind kind, String leader, String members, String affiliation,
		int memberCount) {

}
