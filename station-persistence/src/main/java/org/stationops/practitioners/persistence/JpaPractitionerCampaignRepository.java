package org.stationops.practitioners.persistence;

import org.stationops.practitioners.PractitionerCampaign;
import org.stationops.practitioners.PractitionerCampaignRepository;
import org.springframework.data.repository.Repository;

interface JpaPractitionerCampaignRepository
		extends PractitionerCampaignRepository, Repository<PractitionerCampaign, Long> {

}
