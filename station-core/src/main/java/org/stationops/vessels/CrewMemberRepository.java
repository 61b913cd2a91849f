package org.stationops.vessels;

import java.util.List;
import java.util.Optional;

import org.stationops.shared.ScopedRepository;

/**
 * Port for crew members.
 */
public interface CrewMemberRepository extends ScopedRepository<CrewMember> {

	CrewMember saveAndFlush(CrewMember member);

	Optional<CrewMember> findByStationIdAndIdNumber(Long stationId, String idNumber);

	/**
	 * @return the crew now aboard the vessel, by role and name.
	 */
	List<CrewMember> aboard(Long vesselId);

}
