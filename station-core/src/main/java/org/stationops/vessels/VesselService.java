package org.stationops.vessels;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.stationops.liaison.Enterprise;
import org.stationops.liaison.EnterpriseKind;
import org.stationops.liaison.EnterpriseService;
import org.stationops.officers.Officer;
import org.stationops.officers.OfficerService;
import org.stationops.shared.RuleViolationException;
import org.stationops.shared.Scope;
import org.stationops.stations.StationService;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Vessels within the caller's {@link Scope}: a vessel of another station answers as not
 * found. A return to port checks the crew against the wanted list ({@link CrewCheck}).
 */
@Service
@Transactional(readOnly = true)
public class VesselService {

	private final VesselRepository vessels;

	private final CrewMemberRepository crew;

	private final VesselTaskRepository tasks;

	private final CrewCheck crewCheck;

	private final EnterpriseService enterprises;

	private final OfficerService officers;

	private final StationService stations;

	private final Clock clock;

	VesselService(VesselRepository vessels, CrewMemberRepository crew, VesselTaskRepository tasks, CrewCheck crewCheck,
			EnterpriseService enterprises, OfficerService officers, StationService stations, Clock clock) {
		this.vessels = vessels;
		this.crew = crew;
		this.tasks = tasks;
		this.crewCheck = crewCheck;
		this.enterprises = enterprises;
		this.officers = officers;
		this.stations = stations;
		this.clock = clock;
	}

	public Page<Vessel> list(Scope scope, @Nullable Long stationId, @Nullable VesselStatus status, Pageable pageable) {
		return this.vessels.list(scope.stationFilter().orElse(stationId), status, pageable);
	}

	public Vessel get(Scope scope, Long id) {
		return this.vessels.findInScope(id, scope).orElseThrow(() -> VesselNotFoundException.forId("vessel", id));
	}

	/**
	 * The vessel's page in one read: vessel, names, crew aboard and tasks.
	 */
	public VesselFile file(Scope scope, Long id) {
		Vessel vessel = initialised(get(scope, id));
		List<CrewMember> aboard = this.crew.aboard(id);
		Map<Long, CrewMember> people = new java.util.HashMap<>();
		aboard.forEach(c -> people.put(c.getId(), c));
		List<VesselFile.TaskLine> lines = this.tasks.findByVesselIdOrderByStateDescOpenedAtDesc(id).stream().map(t -> {
			CrewMember c = people.computeIfAbsent(t.getCrewMemberId(),
					crewId -> this.crew.findById(crewId).orElseThrow());
			return new VesselFile.TaskLine(t, c.getName(), c.getMaskedIdNumber());
		}).toList();
		Long officerId = vessel.getLiaisonOfficerId();
		String officerName = (officerId != null) ? this.officers.byIds(List.of(officerId))
			.values()
			.stream()
			.map(Officer::getDisplayName)
			.findFirst()
			.orElse("") : "";
		return new VesselFile(vessel, this.stations.get(scope, vessel.getStationId()).getName(),
				this.enterprises.get(scope, vessel.getOwnerEnterpriseId()).getName(), officerName, aboard, lines);
	}

	/**
	 * @return the station's vessel operators and companies that may own a vessel.
	 */
	public List<Enterprise> possibleOwners(Scope scope, Long stationId) {
		this.stations.get(scope, stationId);
		return this.enterprises
			.search(Scope.station(stationId), "", EnterpriseKind.VESSEL_OPERATOR, null, Pageable.ofSize(200))
			.getContent();
	}

	/**
	 * @return the station's active officers who may look after a vessel.
	 */
	public List<Officer> officers(Long stationId) {
		return this.officers.activeAt(stationId);
	}

	@Transactional
	public Vessel create(Scope scope, Long stationId, VesselDetails details, VesselStatus status, LocalDate since) {
		this.stations.get(scope, stationId);
		check(scope, stationId, details);
		if (since.isAfter(today())) {
			throw RuleViolationException.onField("statusSince", "vessels.date.future");
		}
		if (this.vessels.existsByStationIdAndRegistrationNumber(stationId, details.registrationNumber())) {
			throw RuleViolationException.onField("registrationNumber", "vessels.registration.duplicate");
		}
		return this.vessels.saveAndFlush(new Vessel(stationId, details, status, since));
	}

	@Transactional
	public Vessel update(Scope scope, Long id, long version, VesselDetails details) {
		return work(scope, id, version, vessel -> {
			check(scope, vessel.getStationId(), details);
			if (!vessel.getRegistrationNumber().equals(details.registrationNumber()) && this.vessels
				.existsByStationIdAndRegistrationNumber(vessel.getStationId(), details.registrationNumber())) {
				throw RuleViolationException.onField("registrationNumber", "vessels.registration.duplicate");
			}
			vessel.apply(details);
		});
	}

	/**
	 * Changes the vessel's status; a return to port checks the crew aboard against the
	 * wanted list, opening a task for each match.
	 * @return the tasks the return opened (none for other changes).
	 */
	@Transactional
	public List<VesselTask> changeStatus(Scope scope, Long id, long version, VesselStatus target, LocalDate on,
			String note, String username) {
		Vessel vessel = work(scope, id, version, v -> {
			switch (target) {
				case AT_SEA -> v.sail(on, note, username, today());
				case ABROAD -> v.goAbroad(on, note, username, today());
				case IN_PORT -> v.returnToPort(on, note, username, today());
			}
		});
		return target.isInPort() ? this.crewCheck.check(vessel, username) : List.of();
	}

	@Transactional
	public Vessel recordJointCheck(Scope scope, Long id, long version, LocalDate on, String borderInspection,
			String ownerParty, String dock, String notes, String username) {
		return work(scope, id, version,
				v -> v.recordJointCheck(on, borderInspection, ownerParty, dock, notes, username, today()));
	}

	@Transactional
	public Vessel recordOutreach(Scope scope, Long id, long version, OutreachKind kind, LocalDate on, int headcount,
			String topic, String notes) {
		return work(scope, id, version, v -> v.recordOutreach(kind, on, headcount, topic, notes, today()));
	}

	LocalDate today() {
		return LocalDate.now(this.clock);
	}

	private void check(Scope scope, Long stationId, VesselDetails details) {
		Enterprise owner = this.enterprises.get(scope, details.ownerEnterpriseId());
		if (!owner.getStationId().equals(stationId)) {
			throw RuleViolationException.onField("ownerEnterpriseId", "vessels.owner.otherStation");
		}
		Long officerId = details.liaisonOfficerId();
		if (officerId != null
				&& this.officers.activeAt(stationId).stream().noneMatch(o -> officerId.equals(o.getId()))) {
			throw RuleViolationException.onField("liaisonOfficerId", "vessels.officer.notAtStation");
		}
	}

	private Vessel work(Scope scope, Long id, long version, Consumer<Vessel> verb) {
		Vessel vessel = get(scope, id);
		if (vessel.getVersion() != version) {
			throw new RuleViolationException("vessels.edit.conflict");
		}
		verb.accept(vessel);
		return initialised(this.vessels.saveAndFlush(vessel));
	}

	private static Vessel initialised(Vessel vessel) {
		Objects.requireNonNull(vessel.getHistory());
		vessel.getJointChecks();
		vessel.getOutreach();
		return vessel;
	}

}
