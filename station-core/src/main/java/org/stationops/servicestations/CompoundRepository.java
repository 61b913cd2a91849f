package org.stationops.servicestations;

import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.stationops.shared.Scope;
import org.stationops.shared.ScopedRepository;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * Port for residential compounds.
 */
public interface CompoundRepository extends ScopedRepository<Compound> {

	Compound saveAndFlush(Compound compound);

	Optional<Compound> findById(Long id);

	boolean existsByStationIdAndName(Long stationId, String name);

	/**
	 * @param stationId {@literal null} for every station.
	 * @param text part of the name; empty for any.
	 */
	Page<Compound> search(@Nullable Long stationId, String text, Pageable pageable);

	/**
	 * @return the bounding box of the compounds of that area of that police station.
	 */
	AreaExtent extentOf(Long stationId, Long areaId);

}
