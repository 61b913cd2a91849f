package org.stationops.vessels;

import java.time.Clock;
import java.util.List;

import org.stationops.shared.RuleViolationException;
import org.stationops.shared.Scope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tasks a wanted-list match opened: the officer's open ones (the dashboard's work list)
 * and closing one with its outcome.
 */
@Service
@Transactional(readOnly = true)
public class VesselTaskService {

	private final VesselTaskRepository tasks;

	private final VesselRepository vessels;

	private final Clock clock;

	VesselTaskService(VesselTaskRepository tasks, VesselRepository vessels, Clock clock) {
		this.tasks = tasks;
		this.vessels = vessels;
		this.clock = clock;
	}

	/**
	 * An open task with its vessel's name, for the dashboard.
	 */
	public record OpenTask(VesselTask task, String vesselName) {

	}

	/**
	 * @return the officer's open tasks at the station, newest first, at most eight.
	 */
	public List<OpenTask> openFor(Long stationId, Long officerId) {
		List<VesselTask> open = this.tasks.findTop8ByStationIdAndOfficerIdAndStateOrderByOpenedAtDesc(stationId,
				officerId, TaskState.OPEN);
		if (open.isEmpty()) {
			return List.of();
		}
		java.util.Map<Long, String> names = new java.util.HashMap<>();
		this.vessels.findByIdIn(open.stream().map(VesselTask::getVesselId).distinct().toList())
			.forEach(v -> names.put(v.getId(), v.getName()));
		return open.stream().map(t -> new OpenTask(t, names.getOrDefault(t.getVesselId(), ""))).toList();
	}

	public long openCountFor(Long stationId, Long officerId) {
		return this.tasks.countByStationIdAndOfficerIdAndState(stationId, officerId, TaskState.OPEN);
	}

	@Transactional
	public VesselTask complete(Scope scope, Long vesselId, Long taskId, long version, String outcome, String username) {
		VesselTask task = this.tasks.findInScope(taskId, scope)
			.filter(t -> t.getVesselId().equals(vesselId))
			.orElseThrow(() -> VesselNotFoundException.forId("vessel task", taskId));
		if (task.getVersion() != version) {
			throw new RuleViolationException("vessels.edit.conflict");
		}
		task.complete(outcome, username, this.clock.instant());
		return this.tasks.saveAndFlush(task);
	}

}
