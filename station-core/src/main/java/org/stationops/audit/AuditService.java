package org.stationops.audit;

import java.time.Clock;

import org.jspecify.annotations.Nullable;
import org.stationops.shared.Scope;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records and lists accesses to personal data.
 */
@Service
public class AuditService {

	/** A full, unmasked view of a record's personal data. */
	public static final String FULL_VIEW = "FULL_VIEW";

	/** An export of records to a file. */
	public static final String EXPORT = "EXPORT";

	/** A sign-in name or client address locked after too many failed attempts. */
	public static final String SIGN_IN_LOCKED = "SIGN_IN_LOCKED";

	/** An administrator lifted an account's sign-in lock. */
	public static final String SIGN_IN_UNLOCKED = "SIGN_IN_UNLOCKED";

	/** An officer overrode a record's computed priority (an incident's). */
	public static final String PRIORITY_OVERRIDE = "PRIORITY_OVERRIDE";

	private final AuditRepository entries;

	private final Clock clock;

	AuditService(AuditRepository entries, Clock clock) {
		this.entries = entries;
		this.clock = clock;
	}

	/**
	 * Records an access in its own transaction, so it is kept even if the caller's work
	 * rolls back.
	 * @param stationId the station of the record seen, {@literal null} for bureau-level
	 * records.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void record(@Nullable Long stationId, String username, String action, String subjectType, Object subjectId) {
		record(stationId, username, action, subjectType, subjectId, null);
	}

	/**
	 * Records an access, naming the record by the number people know it by.
	 * @param subjectLabel e.g. the receipt number of an incident, the case number of a
	 * suspect's case; {@literal null} if the record has none.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void record(@Nullable Long stationId, String username, String action, String subjectType, Object subjectId,
			@Nullable String subjectLabel) {
		this.entries.save(new AuditEntry(stationId, username, action, subjectType, String.valueOf(subjectId),
				subjectLabel, this.clock.instant()));
	}

	@Transactional(readOnly = true)
	public Page<AuditEntry> list(Scope scope, Pageable pageable) {
		return scope.stationFilter()
			.map(id -> this.entries.findByStationIdOrderByOccurredAtDesc(id, pageable))
			.orElseGet(() -> this.entries.findAllByOrderByOccurredAtDesc(pageable));
	}

	@Transactional(readOnly = true)
	public long countFor(String subjectType, Object subjectId) {
		return this.entries.countBySubjectTypeAndSubjectId(subjectType, String.valueOf(subjectId));
	}

}
