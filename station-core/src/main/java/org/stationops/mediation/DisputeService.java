package org.stationops.mediation;

import java.time.LocalDate;
import java.time.Year;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.stationops.audit.AuditService;
import org.stationops.incidents.IncidentNotFoundException;
import org.stationops.incidents.IncidentService;
import org.stationops.officers.Officer;
import org.stationops.officers.OfficerService;
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

	private final MediationSupport support;

	private final StationService stations;

	private final OfficerService officers;

	private final AuditService audit;

	private final MediationNotifications notifications;

	private final IncidentService incidents;

	DisputeService(MediationSupport support, StationService stations, OfficerService officers, AuditService audit,
			MediationNotifications notifications, IncidentService incidents) {
		this.support = support;
		this.incidents = incidents;
		this.stations = stations;
		this.officers = officers;
		this.audit = audit;
		this.notifications = notifications;
	}

	/**
	 * @param status {@literal null} for every status.
	 */
	public Page<Dispute> list(Scope scope, @Nullable DisputeStatus status, Pageable pageable) {
		return this.support.disputes.search(scope.stationId(), status, pageable);
	}

	/**
	 * @return the dispute with this file number (exact, any case) within the scope
	 */
	public Optional<Dispute> findByFileNumber(Scope scope, String fileNumber) {
		return this.support.disputes.findByFileNumber(fileNumber.strip().toUpperCase(java.util.Locale.ROOT))
			.filter(d -> scope.allows(d.getStationId()));
	}

	public Dispute get(Scope scope, Long id) {
		return this.support.get(scope, id);
	}

	public DisputeFile file(Scope scope, Long id) {
		return this.support.file(get(scope, id));
	}

	public Optional<Dispute> findByIncident(Scope scope, Long incidentId) {
		return this.support.disputes.findFirstByIncidentIdOrderByIdDesc(incidentId)
			.filter(d -> scope.allows(d.getStationId()));
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
		if (details.registeredOn().isAfter(this.support.today())) {
			throw RuleViolationException.onField("registeredOn", "mediation.date.future");
		}
		if (details.kind() == DisputeKind.POLICE) {
			checkPoliceCase(scope, stationId, details.caseId());
			PoliceMediationRules.checkEligible(details.offenceCode(), details.groundCode(), exclusions,
					this.support.rules.findAllByOrderByKindAscSortOrderAsc());
		}
		else if (details.caseId() != null || details.offenceCode() != null) {
			details = new DisputeDetails(details.kind(), details.source(), details.categoryCode(), details.title(),
					details.summary(), details.place(), details.areaId(), details.headcount(), details.riskGrade(),
					details.escalated(), details.escalationReason(), details.incidentId(), null, null, null,
					details.registeredOn());
		}
		Dispute dispute = this.support.disputes
			.save(new Dispute(stationId, nextFileNumber(station, details), details, officerId, this.support.now()));
		if (dispute.isPolice()) {
			this.support.cases.mediationStarted(scope, dispute.getCaseId(), dispute.getRegisteredOn());
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
		Dispute dispute = this.support.checked(scope, id, version);
		if (dispute.getStatus() == DisputeStatus.CLOSED) {
			throw new RuleViolationException("mediation.error.closed");
		}
		checkDetails(scope, dispute.getStationId(), details);
		dispute.apply(new DisputeDetails(dispute.getKind(), details.source(), details.categoryCode(), details.title(),
				details.summary(), details.place(), details.areaId(), details.headcount(), dispute.getRiskGrade(),
				dispute.isEscalated(), dispute.getEscalationReason(), dispute.getIncidentId(), dispute.getCaseId(),
				dispute.getOffenceCode(), dispute.getGroundCode(), dispute.getRegisteredOn()), this.support.now());
		return this.support.disputes.save(dispute);
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
			this.support.mediators.save(new MediatorAssignment(dispute, officerId, null));
			this.support.touch(dispute);
		}
		return dispute;
	}

	@Transactional
	public Dispute changeRisk(Scope scope, Long id, long version, RiskGrade grade, boolean escalated, String reason) {
		Dispute dispute = this.support.checked(scope, id, version);
		boolean newlyEscalated = escalated && !dispute.isEscalated();
		if (escalated && reason.isBlank()) {
			throw RuleViolationException.onField("escalationReason", "mediation.escalation.reasonRequired");
		}
		if (newlyEscalated) {
			dispute.escalate(reason, this.support.now());
		}
		dispute.apply(new DisputeDetails(dispute.getKind(), dispute.getSource(), dispute.getCategoryCode(),
				dispute.getTitle(), dispute.getSummary(), dispute.getPlace(), dispute.getAreaId(),
				dispute.getHeadcount(), newlyEscalated ? RiskGrade.RED : grade, escalated, escalated ? reason : "",
				dispute.getIncidentId(), dispute.getCaseId(), dispute.getOffenceCode(), dispute.getGroundCode(),
				dispute.getRegisteredOn()), this.support.now());
		Dispute saved = this.support.disputes.save(dispute);
		if (newlyEscalated) {
			this.notifications.escalated(saved);
		}
		return saved;
	}

	@Transactional
	public Party addParty(Scope scope, Long id, long version, PartyDetails details) {
		Dispute dispute = this.support.checkedOpen(scope, id, version);
		Party party = this.support.parties.save(new Party(dispute, details));
		this.support.touch(dispute);
		return party;
	}

	/**
	 * Assigns an officer of the station or an outside contact (exactly one of them).
	 */
	@Transactional
	public void addMediator(Scope scope, Long id, long version, @Nullable Long officerId, @Nullable Long contactId) {
		Dispute dispute = this.support.checkedOpen(scope, id, version);
		if ((officerId == null) == (contactId == null)) {
			throw new RuleViolationException("mediation.mediator.chooseOne");
		}
		List<MediatorAssignment> current = this.support.mediators.findByDisputeIdOrderById(id);
		if (officerId != null) {
			if (this.officers.activeAt(dispute.getStationId()).stream().noneMatch(o -> o.getId().equals(officerId))) {
				throw RuleViolationException.onField("officerId", "mediation.mediator.notAtStation");
			}
			if (current.stream().anyMatch(m -> officerId.equals(m.getOfficerId()))) {
				throw new RuleViolationException("mediation.mediator.duplicate");
			}
		}
		if (contactId != null) {
			this.support.contacts.findById(contactId)
				.filter(c -> c.getStationId().equals(dispute.getStationId()))
				.orElseThrow(() -> RuleViolationException.onField("contactId", "mediation.mediator.notAtStation"));
			if (current.stream().anyMatch(m -> contactId.equals(m.getContactId()))) {
				throw new RuleViolationException("mediation.mediator.duplicate");
			}
		}
		this.support.mediators.save(new MediatorAssignment(dispute, officerId, contactId));
		this.support.touch(dispute);
	}

	/**
	 * The parties with their full ID numbers and phones; the access is logged.
	 */
	@Transactional
	public List<Party> partiesInFull(Scope scope, Long id, String username) {
		Dispute dispute = get(scope, id);
		this.audit.record(dispute.getStationId(), username, AuditService.FULL_VIEW, "dispute-parties", id);
		return this.support.parties.findByDisputeIdOrderById(id);
	}

	/**
	 * @return the linked 治安 case of a police mediation, as mediation sees it.
	 */
	public Optional<LinkedCases.LinkedCase> linkedCase(Scope scope, Dispute dispute) {
		return (dispute.getCaseId() != null) ? this.support.cases.find(scope, dispute.getCaseId()) : Optional.empty();
	}

	/**
	 * @return the cases a police mediation may be registered in.
	 */
	public List<LinkedCases.LinkedCase> mediableCases(Scope scope) {
		return this.support.cases.mediable(scope);
	}

	public List<DisputeCategory> categories() {
		return this.support.reference.findAllByOrderBySortOrder();
	}

	public List<PoliceMediationRule> policeRules() {
		return this.support.rules.findAllByOrderByKindAscSortOrderAsc();
	}

	public List<MediationContact> contacts(Scope scope, Long stationId) {
		this.stations.get(scope, stationId);
		return this.support.contacts.findByStationIdOrderByName(stationId);
	}

	@Transactional
	public MediationContact addContact(Scope scope, Long stationId, String name, ContactKind kind, String organisation,
			String phone) {
		this.stations.get(scope, stationId);
		return this.support.contacts.save(new MediationContact(stationId, name, kind, organisation, phone));
	}

	/**
	 * @return the active officers of a station: the choices for mediators.
	 */
	public List<Officer> stationOfficers(Scope scope, Long stationId) {
		this.stations.get(scope, stationId);
		return this.officers.activeAt(stationId);
	}

	public Map<Long, Officer> officersById(Collection<Long> ids) {
		return this.officers.byIds(ids);
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
		LinkedCases.LinkedCase linked = this.support.cases.find(scope, caseId)
			.filter(c -> c.stationId().equals(stationId))
			.orElseThrow(() -> RuleViolationException.onField("caseId", "mediation.police.caseUnknown"));
		if (!linked.administrative() || !linked.open()) {
			throw RuleViolationException.onField("caseId", "mediation.police.caseNotMediable");
		}
	}

	private String nextFileNumber(Station station, DisputeDetails details) {
		int year = Year.from(details.registeredOn()).getValue();
		String prefix = station.getCode() + (details.kind() == DisputeKind.POLICE ? "-ZA-" : "-RT-") + year + "-";
		long n = this.support.disputes.countByStationId(station.getId()) + 1;
		return prefix + String.format("%04d", n);
	}

}
