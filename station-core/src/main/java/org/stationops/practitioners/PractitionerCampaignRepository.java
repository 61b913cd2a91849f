package org.stationops.practitioners;

import java.util.List;

import org.stationops.shared.ScopedRepository;

/**
 * Port for practitioner screening campaigns.
 */
public interface PractitionerCampaignRepository extends ScopedRepository<PractitionerCampaign> {

	PractitionerCampaign saveAndFlush(PractitionerCampaign campaign);

	List<PractitionerCampaign> findByStationIdOrderByStartsOnDescIdDesc(Long stationId);

	List<PractitionerCampaign> findAllByOrderByStartsOnDescIdDesc();

}
