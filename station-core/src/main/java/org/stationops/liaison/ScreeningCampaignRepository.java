package org.stationops.liaison;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.stationops.shared.ScopedRepository;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * Port for screening campaigns, their target lists and progress figures.
 */
public interface ScreeningCampaignRepository extends ScopedRepository<ScreeningCampaign> {

	ScreeningCampaign save(ScreeningCampaign campaign);

	Optional<ScreeningCampaign> findById(Long id);

	List<ScreeningCampaign> findByStationIdOrderByStartsOnDescIdDesc(Long stationId);

	List<ScreeningCampaign> findAllByOrderByStartsOnDescIdDesc();

	/**
	 * Adds the station's enterprises in the given circles or buildings to the target
	 * list.
	 * @return how many targets were added.
	 */
	int addTargets(Long campaignId, Long stationId, Collection<Long> circleIds, Collection<Long> buildingIds);

	List<CircleProgress> progress(Long campaignId);

	Page<CampaignTarget> targets(Long campaignId, boolean openOnly, Pageable pageable);

	boolean isTarget(Long campaignId, Long enterpriseId);

	/**
	 * @return active campaigns of the station that list the enterprise.
	 */
	List<ScreeningCampaign> activeCampaignsFor(Long enterpriseId);

}
