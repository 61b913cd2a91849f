package org.stationops.liaison;

import java.util.List;

/**
 * Port for training sessions.
 */
public interface TrainingSessionRepository {

	TrainingSession save(TrainingSession session);

	List<TrainingSession> findByStationIdOrderByHeldOnDescIdDesc(Long stationId);

	List<TrainingSession> findAllByOrderByHeldOnDescIdDesc();

}
