package org.stationops.liaison;

import java.util.List;
import java.util.Optional;

import org.stationops.shared.ScopedRepository;

/**
 * Port for screenings.
 */
public interface ScreeningRepository extends ScopedRepository<Screening> {

	Screening save(Screening screening);

	Optional<Screening> findById(Long id);

	Optional<Screening> findByCampaignIdAndEnterpriseId(Long campaignId, Long enterpriseId);

	List<Screening> findByEnterpriseIdOrderByScreenedOnDescIdDesc(Long enterpriseId);

	List<Screening> findByCampaignIdAndConclusionNotOrderByScoreDesc(Long campaignId, Conclusion conclusion);

	List<Screening> findTop50ByStationIdAndRescreenOnLessThanEqualOrderByRescreenOnAsc(Long stationId,
			java.time.LocalDate date);

	List<Screening> findTop50ByRescreenOnLessThanEqualOrderByRescreenOnAsc(java.time.LocalDate date);

}
