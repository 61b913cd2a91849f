package org.stationops.incidents;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.stationops.shared.ScopedRepository;

/**
 * Port for incidents; station-persistence supplies the implementation.
 */
public interface IncidentRepository extends ScopedRepository<Incident> {

	Incident save(Incident incident);

	Incident saveAndFlush(Incident incident);

	Optional<Incident> findById(Long id);

	Optional<Incident> findByFormToken(String formToken);

	Optional<Incident> findByReceiptNumber(String receiptNumber);

	List<Incident> findTop20ByReceiptNumberOrQueryCode(String receiptNumber, String queryCode);

	List<Incident> findTop20ByReporterPhoneOrderByReceivedAtDesc(String reporterPhone);

	List<Incident> findTop20ByStationIdAndReporterPhoneOrderByReceivedAtDesc(Long stationId, String reporterPhone);

	boolean existsByStationIdAndExternalRef(Long stationId, String externalRef);

	List<Incident> findByStationIdAndStatusInOrderByReceivedAt(Long stationId, Collection<IncidentStatus> statuses);

	List<Incident> findByStatusInOrderByReceivedAt(Collection<IncidentStatus> statuses);

	List<Incident> findTop10ByStationIdAndAssignedOfficerIdAndStatusInOrderByReceivedAt(Long stationId, Long officerId,
			Collection<IncidentStatus> statuses);

	long count();

}
