package org.stationops.vessels;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.stationops.audit.AuditService;
import org.springframework.stereotype.Component;

/**
 * Checks a returned vessel's crew against the station's wanted list: every match opens a
 * task for the vessel's officer (once per open match) and is audited, and so is the check
 * itself.
 */
@Component
class CrewCheck {

	/** Audit action of a returned vessel's crew check. */
	static final String CHECKED = "CREW_CHECK";

	/** Audit action of a wanted-list match. */
	static final String MATCHED = "WANTED_MATCH";

	private final CrewMemberRepository crew;

	private final WantedPersonRepository wanted;

	private final VesselTaskRepository tasks;

	private final AuditService audit;

	private final Clock clock;

	CrewCheck(CrewMemberRepository crew, WantedPersonRepository wanted, VesselTaskRepository tasks, AuditService audit,
			Clock clock) {
		this.crew = crew;
		this.wanted = wanted;
		this.tasks = tasks;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * @return the tasks the check opened.
	 */
	List<VesselTask> check(Vessel vessel, String username) {
		Long vesselId = java.util.Objects.requireNonNull(vessel.getId());
		List<CrewMember> aboard = this.crew.aboard(vesselId);
		this.audit.record(vessel.getStationId(), username, CHECKED, "vessel", vesselId);
		if (aboard.isEmpty()) {
			return List.of();
		}
		Map<String, WantedPerson> listed = this.wanted
			.findByStationIdAndIdNumberIn(vessel.getStationId(), aboard.stream().map(CrewMember::getIdNumber).toList())
			.stream()
			.collect(Collectors.toMap(WantedPerson::getIdNumber, Function.identity()));
		return aboard.stream().filter(c -> listed.containsKey(c.getIdNumber())).map(c -> {
			WantedPerson match = listed.get(c.getIdNumber());
			if (this.tasks.existsByVesselIdAndCrewMemberIdAndWantedPersonIdAndState(vesselId, c.getId(), match.getId(),
					TaskState.OPEN)) {
				return null;
			}
			VesselTask task = this.tasks.saveAndFlush(new VesselTask(vessel, c, match, this.clock.instant()));
			this.audit.record(vessel.getStationId(), username, MATCHED, "crew_member", c.getId());
			return task;
		}).filter(java.util.Objects::nonNull).toList();
	}

}
