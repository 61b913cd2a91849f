package org.stationops.liaison;

import java.util.List;

import org.stationops.shared.ScopedRepository;

/**
 * Port for liaison visits.
 */
public interface VisitRepository extends ScopedRepository<Visit> {

	Visit save(Visit visit);

	List<Visit> findByEnterpriseIdOrderByVisitedOnDescIdDesc(Long enterpriseId);

	java.util.Optional<Visit> findById(Long id);

	List<Visit> findByOfficerIdAndFollowUpDueIsNotNullAndFollowUpDoneFalseOrderByFollowUpDueAsc(Long officerId);

}
