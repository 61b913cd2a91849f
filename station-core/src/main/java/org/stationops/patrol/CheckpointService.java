package org.stationops.patrol;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.stationops.servicestations.ServiceStationService;
import org.stationops.shared.NotFoundException;
import org.stationops.shared.RuleViolationException;
import org.stationops.shared.Scope;
import org.stationops.stations.Station;
import org.stationops.stations.StationService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checkpoints and their signed codes within the caller's {@link Scope}.
 */
@Service
@Transactional(readOnly = true)
public class CheckpointService {

	private final CheckpointRepository checkpoints;

	private final StationService stations;

	private final ServiceStationService serviceStations;

	private final CheckpointCodes codes;

	private final Clock clock;

	CheckpointService(CheckpointRepository checkpoints, StationService stations, ServiceStationService serviceStations,
			CheckpointCodes codes, Clock clock) {
		this.checkpoints = checkpoints;
		this.stations = stations;
		this.serviceStations = serviceStations;
		this.codes = codes;
		this.clock = clock;
	}

	public Checkpoint get(Scope scope, Long id) {
		return this.checkpoints.findInScope(scope, id).orElseThrow(() -> PatrolNotFoundException.forId(id));
	}

	/**
	 * @return every checkpoint the scope reaches, by station and name.
	 */
	public List<Checkpoint> visible(Scope scope) {
		return this.checkpoints.findByStationIdInOrderByStationIdAscNameAsc(
				this.stations.visibleStations(scope).stream().map(Station::getId).toList());
	}

	public List<Checkpoint> of(Scope scope, Long stationId) {
		this.stations.get(scope, stationId);
		return this.checkpoints.findByStationIdOrderByName(stationId);
	}

	/**
	 * @return the given checkpoints that the scope reaches, by id.
	 */
	public Map<Long, Checkpoint> byIds(Scope scope, Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return this.checkpoints.findByIdIn(ids)
			.stream()
			.filter(c -> scope.allows(c.getStationId()))
			.collect(Collectors.toMap(Checkpoint::getId, Function.identity()));
	}

	@Transactional
	public Checkpoint create(Scope scope, Long stationId, CheckpointDetails details) {
		this.stations.get(scope, stationId);
		check(scope, stationId, details);
		if (this.checkpoints.existsByStationIdAndName(stationId, details.name())) {
			throw RuleViolationException.onField("name", "patrol.checkpoint.nameTaken");
		}
		return this.checkpoints.saveAndFlush(new Checkpoint(stationId, details));
	}

	@Transactional
	public Checkpoint update(Scope scope, Long id, long expectedVersion, CheckpointDetails details) {
		Checkpoint checkpoint = get(scope, id);
		if (checkpoint.getVersion() != expectedVersion) {
			throw new RuleViolationException("patrol.edit.conflict");
		}
		check(scope, checkpoint.getStationId(), details);
		if (!checkpoint.getName().equals(details.name())
				&& this.checkpoints.existsByStationIdAndName(checkpoint.getStationId(), details.name())) {
			throw RuleViolationException.onField("name", "patrol.checkpoint.nameTaken");
		}
		checkpoint.apply(details);
		return this.checkpoints.saveAndFlush(checkpoint);
	}

	/**
	 * @return a fresh signed code for the checkpoint's sheet.
	 */
	public String issueCode(Scope scope, Long id) {
		return this.codes.issue(get(scope, id).getId(), this.clock.instant());
	}

	public Instant expiryOf(String code) {
		return this.codes.expiryOf(code);
	}

	/**
	 * @return the checkpoint a presented code names, when the code is genuine, unexpired,
	 * presented at that checkpoint ({@code checkpointId}, or {@literal null} for a typed
	 * code) and the checkpoint in the caller's scope.
	 */
	public Checkpoint resolve(Scope scope, String code, @Nullable Long checkpointId) {
		Long id = this.codes.verify(code, checkpointId, this.clock.instant());
		return get(scope, id);
	}

	private void check(Scope scope, Long stationId, CheckpointDetails details) {
		Long serviceStationId = details.serviceStationId();
		if (serviceStationId != null) {
			try {
				if (!stationId.equals(this.serviceStations.get(scope, serviceStationId).getStationId())) {
					throw RuleViolationException.onField("serviceStationId",
							"patrol.checkpoint.serviceStationElsewhere");
				}
			}
			catch (NotFoundException ex) {
				throw RuleViolationException.onField("serviceStationId", "patrol.checkpoint.serviceStationElsewhere");
			}
		}
	}

}
