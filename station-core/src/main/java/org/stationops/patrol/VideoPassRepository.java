package org.stationops.patrol;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * Port for video patrol passes; station-persistence supplies the implementation.
 */
public interface VideoPassRepository {

	VideoPass save(VideoPass pass);

	/**
	 * @return the passes of those plans in {@code [from, to)}, oldest first
	 */
	List<VideoPass> findByPlanIdInAndAtGreaterThanEqualAndAtLessThanOrderByAt(Collection<Long> planIds, Instant from,
			Instant to);

	List<VideoPass> findTop50ByPlanIdOrderByAtDesc(Long planId);

}
