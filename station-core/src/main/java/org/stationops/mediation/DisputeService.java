package org.stationops.mediation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.stationops.audit.AuditService;
import org.stationops.incidents.IncidentNotFoundException;
import org.stationops.incidents.IncidentService;
import org.stationops.officers.Officer;
import org.stationops.officers.OfficerService;
import org.stationops.shared.NumberSeries;
import org.stationops.shared.RuleViolationException;
import org.stationops.shared.Scope;
import org.stationops.stations.Station;
import org.stationops.stations.StationService;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Dispute files: registration (directly or from a referred incident), parties, mediators
 * and risk, within the caller's {@link Scope}. The mediation itself (sessions, outcome,
 * follow-up, closure) is {@link MediationService}.
 */
@Service
@Transactional(readOnly = true)
public class DisputeService {

	private final DisputeRepository disputes;

	private final PartyRepository parties;

	private final MediatorAssignmentRepository mediators;

	private final MediationContactRepository contacts;

	private final MediationReferenceRepository reference;

	private final PoliceMediationRuleRepository rules;

	private final LinkedCases cases;

	private final Clock clock;

	private final StationService stations;

	private final OfficerService officers;

	private final AuditService audit;

	private final MediationNotifications notifications;

	private final IncidentService incidents;

	/** The station's counters for numbers, race-free (see {@link NumberSeries}). */
	private final NumberSeries numbers;

	DisputeService(DisputeRepository disputes, PartyRepository parties, MediatorAssignmentRepository mediators,
			MediationContactRepository contacts, MediationReferenceRepository reference,
			PoliceMediationRuleRepository rules, LinkedCases cases, Clock clock, StationService stations,
			OfficerService officers, AuditService audit, MediationNotifications notifications,
			IncidentService incidents, NumberSeries numbers) {
		this.disputes = disputes;
		this.parties = parties;
		this.mediators = mediators;
		this.contacts = contacts;
		this.reference = reference;
		this.rules = rules;
		this.cases = cases;
		this.clock = clock;
		this.incidents = incidents;
		this.numbers = numbers;
		this.stations = stations;
		this.officers = officers;
		this.audit = audit;
		this.notifications = notifications;
	}

	/**
	 * @param status {@literal null} for every status.
	 */
	public Page<Dispute> list(Scope scope, @Nullable DisputeStatus status, Pageable pageable) {
		return list(scope, status, null, pageable);
	}

	/**
	 * @param status {@literal null} for every status.
	 * @param officerId {@literal null} for every officer, else the disputes this officer
	 * mediates.
	 */
	public Page<Dispute> list(Scope scope, @Nullable DisputeStatus status, @Nullable Long officerId,
			Pageable pageable) {
		return this.disputes.search(scope.stationId(), status, officerId, pageable);
	}

	/**
	 * @return the dispute with this file number (exact, any case) within the scope
	 */
	public Optional<Dispute> findByFileNumber(Scope scope, String fileNumber) {
		return this.disputes.findByFileNumber(fileNumber.strip().toUpperCase(Locale.ROOT)).filter(scope::reaches);
	}

	public Dispute get(Scope scope, Long id) {
		return this.disputes.getInScope(scope, id);
	}

	public Optional<Dispute> findByIncident(Scope scope, Long incidentId) {
		return this.disputes.findFirstByIncidentIdOrderByIdDesc(incidentId).filter(scope::reaches);
	}

	/**
	 * Registers a dispute file. A police mediation must name an open administrative case
	 * of the station and pass {@link PoliceMediationRules#checkEligible}; the case's
	 * clock then pauses while mediation lasts.
	 * @param exclusions the 第179条 circumstances the officer found present.
	 */
	@Transactional
	public Dispute register(Scope scope, Long stationId, DisputeDetails details, Collection<String> exclusions,
			Long officerId) {
		if (details.incidentId() != null) {
			checkIncident(scope, stationId, details.incidentId());
		}
		return registerChecked(scope, stationId, details, exclusions, officerId);
	}

	/**
	 * A dispute names a referred incident of its own station, and only one dispute names
	 * it.
	 */
	private void checkIncident(Scope scope, Long stationId, Long incidentId) {
		try {
			if (!this.incidents.get(scope, incidentId).getStationId().equals(stationId)) {
				throw new RuleViolationException("mediation.incident.unknown");
			}
		}
		catch (IncidentNotFoundException ex) {
			throw new RuleViolationException("mediation.incident.unknown");
		}
		if (findByIncident(scope, incidentId).isPresent()) {
			throw new RuleViolationException("mediation.incident.registered");
		}
	}

	private Dispute registerChecked(Scope scope, Long stationId, DisputeDetails details, Collection<String> exclusions,
			Long officerId) {
		Station station = this.stations.get(scope, stationId);
		checkDetails(scope, stationId, details);
		if (details.registeredOn().isAfter(LocalDate.now(this.clock))) {
			throw RuleViolationException.onField("registeredOn", "mediation.date.future");
		}
		if (details.kind() == DisputeKind.POLICE) {
			checkPoliceCase(scope, stationId, details.caseId());
			PoliceMediationRules.checkEligible(details.offenceCode(), details.groundCode(), exclusions,
					this.rules.findAllByOrderByKindAscSortOrderAsc());
		}
		else if (details.caseId() != null || details.offenceCode() != null) {
			details = new DisputeDetails(details.kind(), details.source(), details.categoryCode(), details.title(),
					details.summary(), details.place(), details.areaId(), details.headcount(), details.riskGrade(),
					details.escalated(), details.escalationReason(), details.incidentId(), null, null, null,
					details.registeredOn());
		}
		Dispute dispute = this.disputes
			.save(new Dispute(stationId, nextFileNumber(station, details), details, officerId, this.clock.instant()));
		if (dispute.isPolice()) {
			this.cases.mediationStarted(scope, dispute.getCaseId(), dispute.getRegisteredOn());
		}
		if (dispute.isEscalated()) {
			this.notifications.escalated(dispute);
		}
		return dispute;
	}

	/**
	 * Corrects what was registered (source, category, subject, summary, place, area,
	 * headcount); the kind, linked case, risk and registration date stay.
	 */
	@Transactional
	public Dispute update(Scope scope, Long id, long version, DisputeDetails details) {
		Dispute dispute = edited(scope, id, version);
		checkDetails(scope, dispute.getStationId(), details);
		dispute.correct(details, this.clock.instant());
		return this.disputes.save(dispute);
	}

	/**
	 * Registers the dispute of an incident referred to mediation, once: the referring
	 * officer becomes its first mediator. The category is guessed from the description
	 * (keywords) for the officer to correct.
	 * @param incidentCategory the incident's category code, e.g.
	 * {@code PUBLIC_ORDER.NOISE}.
	 */
	@Transactional
	public Dispute registerFromIncident(Long incidentId, Long stationId, Long officerId, String incidentCategory,
			String summary, LocalDate day) {
		Scope scope = Scope.station(stationId);
		Optional<Dispute> existing = findByIncident(scope, incidentId);
		if (existing.isPresent()) {
			return existing.get();
		}
		String firstLine = summary.strip().lines().findFirst().orElse("");
		String title = firstLine.isEmpty() ? "警情转调解 #" + incidentId
				: firstLine.substring(0, Math.min(40, firstLine.length()));
		String category = DisputeCategories.guess(incidentCategory, summary);
		// the incident itself asks for its dispute: it exists and has none yet
		Dispute dispute = registerChecked(
				scope, stationId, new DisputeDetails(DisputeKind.PEOPLE, DisputeSource.INCIDENT, category, title,
						summary, "", null, 2, RiskGrade.BLUE, false, "", incidentId, null, null, null, day),
				List.of(), officerId);
		if (this.officers.activeAt(stationId).stream().anyMatch(o -> o.getId().equals(officerId))) {
			this.mediators.save(dispute.assignMediator(officerId, null, List.of(), this.clock.instant()));
			this.disputes.save(dispute);
		}
		return dispute;
	}

	@Transactional
	public Dispute changeRisk(Scope scope, Long id, long version, RiskGrade grade, boolean escalated, String reason) {
		Dispute dispute = edited(scope, id, version);
		boolean newlyEscalated = dispute.changeRisk(grade, escalated, reason, this.clock.instant());
		Dispute saved = this.disputes.save(dispute);
		if (newlyEscalated) {
			this.notifications.escalated(saved);
		}
		return saved;
	}

	@Transactional
	public Party addParty(Scope scope, Long id, long version, PartyDetails details) {
		Dispute dispute = edited(scope, id, version);
		Party party = this.parties.save(dispute.addParty(details, this.clock.instant()));
		this.disputes.save(dispute);
		return party;
	}

	/**
	 * Assigns an officer of the station or an outside contact (exactly one of them).
	 */
	@Transactional
	public void addMediator(Scope scope, Long id, long version, @Nullable Long officerId, @Nullable Long contactId) {
		Dispute dispute = edited(scope, id, version);
		MediatorAssignment assignment = dispute.assignMediator(officerId, contactId,
				this.mediators.findByDisputeIdOrderById(id), this.clock.instant());
		if (officerId != null && this.officers.activeAt(dispute.getStationId())
			.stream()
			.noneMatch(o -> o.getId().equals(officerId))) {
			throw RuleViolationException.onField("officerId", "mediation.mediator.notAtStation");
		}
		if (contactId != null && this.contacts.findById(contactId)
			.filter(c -> c.getStationId().equals(dispute.getStationId()))
			.isEmpty()) {
			throw RuleViolationException.onField("contactId", "mediation.mediator.notAtStation");
		}
		this.mediators.save(assignment);
		this.disputes.save(dispute);
	}

	/**
	 * The parties with their full ID numbers and phones; the access is logged.
	 */
	@Transactional
	public List<Party> partiesInFull(Scope scope, Long id, String username) {
		Dispute dispute = get(scope, id);
		this.audit.record(dispute.getStationId(), username, AuditService.FULL_VIEW, "dispute-parties", id,
				dispute.getFileNumber());
		return this.parties.findByDisputeIdOrderById(id);
	}

	/**
	 * @return the cases a police mediation may be registered in.
	 */
	public List<LinkedCases.LinkedCase> mediableCases(Scope scope) {
		return this.cases.mediable(scope);
	}

	public List<DisputeCategory> categories() {
		return this.reference.findAllByOrderBySortOrder();
	}

	public List<PoliceMediationRule> policeRules() {
		return this.rules.findAllByOrderByKindAscSortOrderAsc();
	}

	public List<MediationContact> contacts(Scope scope, Long stationId) {
		this.stations.get(scope, stationId);
		return this.contacts.findByStationIdOrderByName(stationId);
	}

	@Transactional
	public MediationContact addContact(Scope scope, Long stationId, String name, ContactKind kind, String organisation,
			String phone) {
		this.stations.get(scope, stationId);
		return this.contacts.save(new MediationContact(stationId, name, kind, organisation, phone));
	}

	private Dispute edited(Scope scope, Long id, long version) {
		Dispute dispute = this.disputes.getInScope(scope, id);
		dispute.checkVersion(version);
		return dispute;
	}

	private void checkDetails(Scope scope, Long stationId, DisputeDetails details) {
		if (categories().stream().noneMatch(c -> c.getCode().equals(details.categoryCode()))) {
			throw RuleViolationException.onField("categoryCode", "mediation.category.unknown");
		}
		if (details.areaId() != null
				&& !this.stations.getArea(scope, details.areaId()).getStationId().equals(stationId)) {
			throw RuleViolationException.onField("areaId", "mediation.area.notAtStation");
		}
		if (details.escalated() && details.escalationReason().isBlank()) {
			throw RuleViolationException.onField("escalationReason", "mediation.escalation.reasonRequired");
		}
	}

	private void checkPoliceCase(Scope scope, Long stationId, @Nullable Long caseId) {
		if (caseId == null) {
			throw RuleViolationException.onField("caseId", "mediation.police.caseRequired");
		}
		LinkedCases.LinkedCase linked = this.cases.find(scope, caseId)
			.filter(c -> c.stationId().equals(stationId))
			.orElseThrow(() -> RuleViolationException.onField("caseId", "mediation.police.caseUnknown"));
		if (!linked.administrative() || !linked.open()) {
			throw RuleViolationException.onField("caseId", "mediation.police.caseNotMediable");
		}
	}

	private String nextFileNumber(Station station, DisputeDetails details) {
		int year = Year.from(details.registeredOn()).getValue();
		String prefix = station.getCode() + (details.kind() == DisputeKind.POLICE ? "-ZA-" : "-RT-") + year + "-";
		long n = this.numbers.next(station.getId(), prefix);
		return prefix + String.format("%04d", n);
	}

}
