package org.stationops.liaison;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.stationops.shared.RuleViolationException;
import org.stationops.shared.Scope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Logs liaison visits and contacts; each moves the enterprise's next due date by its
 * cadence.
 */
@Service
@Transactional(readOnly = true)
public class VisitService {

	private final VisitRepository visits;

	private final EnterpriseService enterprises;

	private final EnterpriseRepository enterpriseRepository;

	private final Clock clock;

	VisitService(VisitRepository visits, EnterpriseService enterprises, EnterpriseRepository enterpriseRepository,
			Clock clock) {
		this.visits = visits;
		this.enterprises = enterprises;
		this.enterpriseRepository = enterpriseRepository;
		this.clock = clock;
	}

	public List<Visit> visits(Scope scope, Long enterpriseId) {
		this.enterprises.get(scope, enterpriseId);
		return this.visits.findByEnterpriseIdOrderByVisitedOnDescIdDesc(enterpriseId);
	}

	/**
	 * @return the officer's follow-up tasks not done yet, earliest due first.
	 */
	public List<Visit> openFollowUps(Long officerId) {
		return this.visits.findByOfficerIdAndFollowUpDueIsNotNullAndFollowUpDoneFalseOrderByFollowUpDueAsc(officerId);
	}

	@Transactional
	public Visit completeFollowUp(Scope scope, Long enterpriseId, Long visitId) {
		Visit visit = this.visits.findInScope(visitId, scope)
			.filter(v -> v.getEnterpriseId().equals(enterpriseId))
			.orElseThrow(() -> LiaisonNotFoundException.forId("visit", visitId));
		visit.completeFollowUp();
		return this.visits.save(visit);
	}

	@Transactional
	public Visit log(Scope scope, Long enterpriseId, Long officerId, VisitRecord record) {
		Enterprise enterprise = this.enterprises.get(scope, enterpriseId);
		if (record.purposes().isEmpty()) {
			throw RuleViolationException.onField("purposes", "liaison.visit.purposeRequired");
		}
		LocalDate today = LocalDate.now(this.clock);
		if (record.visitedOn().isAfter(today)) {
			throw RuleViolationException.onField("visitedOn", "liaison.visit.inFuture");
		}
		if (!record.hazard().isBlank() && (record.followUpTask().isBlank() || record.followUpDue() == null)) {
			throw RuleViolationException.onField("followUpTask", "liaison.visit.followUpRequired");
		}
		if (record.followUpDue() != null && record.followUpDue().isBefore(record.visitedOn())) {
			throw RuleViolationException.onField("followUpDue", "liaison.visit.followUpBeforeVisit");
		}
		Visit visit = this.visits
			.save(new Visit(enterprise.getStationId(), enterpriseId, officerId, record, this.clock.instant()));
		enterprise.recordContact(record.mode(), record.visitedOn());
		this.enterpriseRepository.save(enterprise);
		return visit;
	}

}
