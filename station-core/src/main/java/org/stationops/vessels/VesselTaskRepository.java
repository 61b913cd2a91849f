package org.stationops.vessels;

import java.util.List;

import org.stationops.shared.ScopedRepository;

/**
 * Port for vessel tasks.
 */
public interface VesselTaskRepository extends ScopedRepository<VesselTask> {

	VesselTask saveAndFlush(VesselTask task);

	List<VesselTask> findByVesselIdOrderByStateDescOpenedAtDesc(Long vesselId);

	List<VesselTask> findTop8ByStationIdAndOfficerIdAndStateOrderByOpenedAtDesc(Long stationId, Long officerId,
			TaskState state);

	long countByStationIdAndOfficerIdAndState(Long stationId, Long officerId, TaskState state);

	boolean existsByVesselIdAndCrewMemberIdAndWantedPersonIdAndState(Long vesselId, Long crewMemberId,
			Long wantedPersonId, TaskState state);

}
