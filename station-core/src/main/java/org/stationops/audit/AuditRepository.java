package org.stationops.audit;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * Port for the audit trail; station-persistence supplies the implementation.
 */
public interface AuditRepository {

	AuditEntry save(AuditEntry entry);

	Page<AuditEntry> findAllByOrderByOccurredAtDesc(Pageable pageable);

	Page<AuditEntry> findByStationIdOrderByOccurredAtDesc(Long stationId, Pageable pageable);

	long countBySubjectTypeAndSubjectId(String subjectType, String subjectId);

}
