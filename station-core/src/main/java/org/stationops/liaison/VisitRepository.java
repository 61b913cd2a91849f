package org.stationops.liaison;

import java.util.List;

/**
 * Port for liaison visits.
 */
public interface VisitRepository {

	Visit save(Visit visit);

	List<Visit> findByEnterpriseIdOrderByVisitedOnDescIdDesc(Long enterpriseId);

	java.util.Optional<Visit> findById(Long id);

	List<Visit> findByOfficerIdAndFollowUpDueIsNotNullAndFollowUpDoneFalseOrderByFollowUpDueAsc(Long officerId);

}
