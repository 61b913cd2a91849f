package org.stationops.youth;

import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * Port for youth assistance groups; station-persistence supplies the implementation.
 */
public interface YouthGroupRepository {

	YouthGroup saveAndFlush(YouthGroup group);

	Optional<YouthGroup> findById(Long id);

	/**
	 * @param officerId the group officer whose groups to list, {@literal null} for every
	 * group of the station.
	 * @param status {@literal null} for any.
	 */
	Page<YouthGroup> list(Long stationId, @Nullable Long officerId, @Nullable GroupStatus status, Pageable pageable);

	long countByStationIdAndStatus(Long stationId, GroupStatus status);

}
