package org.stationops.patrol;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.stationops.shared.RuleViolationException;
import org.stationops.shared.Scope;
import org.stationops.stations.StationService;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Patrol units within the caller's {@link Scope}: a unit of another station answers as
 * not found.
 */
@Service
@Transactional(readOnly = true)
public class PatrolUnitService {

	private final PatrolUnitRepository units;

	private final StationService stations;

	private final Clock clock;

	PatrolUnitService(PatrolUnitRepository units, StationService stations, Clock clock) {
		this.units = units;
		this.stations = stations;
		this.clock = clock;
	}

	public Page<PatrolUnit> search(Scope scope, UnitFilter filter, Pageable pageable) {
		String text = filter.text().trim();
		return this.units.search(scope.stationFilter().orElse(filter.stationId()), filter.kind(), filter.status(),
				(text.length() > 50) ? text.substring(0, 50) : text, pageable);
	}

	public PatrolUnit get(Scope scope, Long id) {
		return this.units.findInScope(scope, id).orElseThrow(() -> PatrolNotFoundException.forId(id));
	}

	/**
	 * @return the police station's units by name.
	 */
	public List<PatrolUnit> of(Scope scope, Long stationId) {
		this.stations.get(scope, stationId);
		return this.units.findByStationIdOrderByName(stationId);
	}

	/**
	 * The dispatch board's unit column: every unit the scope reaches (at most
	 * {@value #BOARD_LIMIT}), grouped by status in the order available, dispatched, on
	 * scene, off duty, and by name within a status.
	 */
	public List<PatrolUnit> board(Scope scope) {
		List<PatrolUnit> all = scope.stationFilter()
			.map(this.units::findByStationIdOrderByName)
			.orElseGet(() -> this.units
				.search(null, null, null, "", org.springframework.data.domain.PageRequest.of(0, BOARD_LIMIT))
				.getContent());
		return all.stream()
			.limit(BOARD_LIMIT)
			.sorted(java.util.Comparator.comparing(PatrolUnit::getStatus).thenComparing(PatrolUnit::getName))
			.toList();
	}

	/** The most units the dispatch board lists. */
	public static final int BOARD_LIMIT = 200;

	/**
	 * @return the names of the given units that the scope reaches.
	 */
	public Map<Long, String> names(Scope scope, Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return this.units.findByIdIn(ids)
			.stream()
			.filter(u -> scope.allows(u.getStationId()))
			.collect(Collectors.toMap(PatrolUnit::getId, PatrolUnit::getName));
	}

	/**
	 * Registers a unit; it starts off duty.
	 */
	@Transactional
	public PatrolUnit create(Scope scope, Long stationId, UnitDetails details) {
		this.stations.get(scope, stationId);
		if (this.units.existsByStationIdAndName(stationId, details.name())) {
			throw RuleViolationException.onField("name", "patrol.unit.nameTaken");
		}
		return this.units.saveAndFlush(new PatrolUnit(stationId, details, this.clock.instant()));
	}

	/**
	 * Saves an edit made on {@code expectedVersion}; refuses when someone saved in
	 * between.
	 */
	@Transactional
	public PatrolUnit update(Scope scope, Long id, long expectedVersion, UnitDetails details) {
		PatrolUnit unit = current(scope, id, expectedVersion);
		if (!unit.getName().equals(details.name())
				&& this.units.existsByStationIdAndName(unit.getStationId(), details.name())) {
			throw RuleViolationException.onField("name", "patrol.unit.nameTaken");
		}
		unit.apply(details);
		return this.units.saveAndFlush(unit);
	}

	@Transactional
	public PatrolUnit goOffDuty(Scope scope, Long id, long expectedVersion) {
		PatrolUnit unit = current(scope, id, expectedVersion);
		unit.goOffDuty(this.clock.instant());
		return this.units.saveAndFlush(unit);
	}

	@Transactional
	public PatrolUnit comeOnDuty(Scope scope, Long id, long expectedVersion) {
		PatrolUnit unit = current(scope, id, expectedVersion);
		unit.comeOnDuty(this.clock.instant());
		return this.units.saveAndFlush(unit);
	}

	/**
	 * Takes a position reported now (the officer's phone, the car's terminal).
	 */
	@Transactional
	public PatrolUnit reportPosition(Scope scope, Long id, double latitude, double longitude) {
		PatrolUnit unit = get(scope, id);
		unit.reportPosition(latitude, longitude, this.clock.instant());
		return this.units.save(unit);
	}

	private PatrolUnit current(Scope scope, Long id, long expectedVersion) {
		PatrolUnit unit = get(scope, id);
		if (unit.getVersion() != expectedVersion) {
			throw new RuleViolationException("patrol.edit.conflict");
		}
		return unit;
	}

}
