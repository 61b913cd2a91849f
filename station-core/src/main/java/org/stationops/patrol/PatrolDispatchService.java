package org.stationops.patrol;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.stationops.incidents.Incident;
import org.stationops.incidents.IncidentService;
import org.stationops.servicestations.GeoPoint;
import org.stationops.shared.RuleViolationException;
import org.stationops.shared.Scope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends units to incidents: proposes the nearest available units by distance from their
 * last position; dispatching, arrival and clearance move the unit and the incident
 * together (the incident's response time is dispatch to first arrival).
 */
@Service
@Transactional(readOnly = true)
public class PatrolDispatchService {

	/** How many units the proposal lists. */
	public static final int PROPOSALS = 5;

	private final PatrolUnitRepository units;

	private final UnitDistances distances;

	private final IncidentService incidents;

	private final Clock clock;

	PatrolDispatchService(PatrolUnitRepository units, UnitDistances distances, IncidentService incidents, Clock clock) {
		this.units = units;
		this.distances = distances;
		this.incidents = incidents;
		this.clock = clock;
	}

	/**
	 * @return the nearest available units for an open incident with a position, nearest
	 * first; empty when the incident is closed or has no position.
	 */
	public List<NearUnit> nearest(Scope scope, Long incidentId) {
		Incident incident = this.incidents.get(scope, incidentId);
		if (!incident.getStatus().isOpen() || incident.getLatitude() == null || incident.getLongitude() == null) {
			return List.of();
		}
		List<UnitDistances.UnitDistance> near = this.distances.nearestAvailable(incident.getStationId(),
				new GeoPoint(incident.getLatitude().doubleValue(), incident.getLongitude().doubleValue()), PROPOSALS);
		Map<Long, PatrolUnit> byId = this.units
			.findByIdIn(near.stream().map(UnitDistances.UnitDistance::unitId).toList())
			.stream()
			.collect(Collectors.toMap(PatrolUnit::getId, Function.identity()));
		Instant now = this.clock.instant();
		return near.stream().filter(d -> byId.containsKey(d.unitId())).map(d -> {
			PatrolUnit unit = byId.get(d.unitId());
			return new NearUnit(unit, Math.round(d.metres()),
					Duration.between(java.util.Objects.requireNonNull(unit.getPositionAt()), now));
		}).toList();
	}

	/**
	 * @return the units on the incident now.
	 */
	public List<PatrolUnit> onIncident(Scope scope, Long incidentId) {
		Incident incident = this.incidents.get(scope, incidentId);
		return this.units.findByIncidentId(incident.getId());
	}

	/**
	 * Sends an available unit of the incident's station: the unit becomes dispatched and
	 * the incident records the unit as its team.
	 */
	@Transactional
	public PatrolUnit dispatch(Scope scope, Long incidentId, Long unitId, long unitVersion) {
		Incident incident = this.incidents.get(scope, incidentId);
		PatrolUnit unit = unit(scope, unitId, unitVersion);
		if (!unit.getStationId().equals(incident.getStationId())) {
			throw new RuleViolationException("patrol.dispatch.otherStation");
		}
		Instant now = this.clock.instant();
		unit.dispatch(incident.getId(), now);
		this.incidents.dispatch(scope, incidentId, null, unit.getName(), now);
		return this.units.saveAndFlush(unit);
	}

	/**
	 * The unit arrived: on scene, and the incident's first arrival gives its response
	 * time.
	 */
	@Transactional
	public PatrolUnit arrive(Scope scope, Long unitId, long unitVersion) {
		PatrolUnit unit = unit(scope, unitId, unitVersion);
		Long incidentId = unit.getIncidentId();
		Instant now = this.clock.instant();
		unit.arrive(now);
		if (incidentId != null) {
			this.incidents.arrive(scope, incidentId, now);
		}
		return this.units.saveAndFlush(unit);
	}

	/**
	 * The unit cleared: available again; the incident is cleared when no other unit is on
	 * it.
	 */
	@Transactional
	public PatrolUnit clear(Scope scope, Long unitId, long unitVersion) {
		PatrolUnit unit = unit(scope, unitId, unitVersion);
		Long incidentId = unit.getIncidentId();
		Instant now = this.clock.instant();
		unit.clear(now);
		PatrolUnit saved = this.units.saveAndFlush(unit);
		if (incidentId != null && this.units.findByIncidentId(incidentId).isEmpty()
				&& this.incidents.get(scope, incidentId).getArrivedAt() != null) {
			this.incidents.clear(scope, incidentId, now);
		}
		return saved;
	}

	private PatrolUnit unit(Scope scope, Long unitId, long unitVersion) {
		PatrolUnit unit = this.units.findInScope(scope, unitId)
			.orElseThrow(() -> PatrolNotFoundException.forId(unitId));
		if (unit.getVersion() != unitVersion) {
			throw new RuleViolationException("patrol.edit.conflict");
		}
		return unit;
	}

	/**
	 * A proposed unit with its distance and how old its position is.
	 */
	public record NearUnit(PatrolUnit unit, long metres, Duration positionAge) {

		public long positionAgeMinutes() {
			return this.positionAge.toMinutes();
		}

	}

}
