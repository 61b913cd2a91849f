package org.stationops.analysis;

import java.util.Collection;

import org.stationops.shared.ScopedRepository;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * Port for prevention advice; station-persistence supplies the implementation.
 */
public interface PreventionAdviceRepository extends ScopedRepository<PreventionAdvice> {

	PreventionAdvice saveAndFlush(PreventionAdvice advice);

	Page<PreventionAdvice> findByStationIdInOrderByWrittenAtDescIdDesc(Collection<Long> stationIds, Pageable pageable);

}
