package org.stationops.stations;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.stationops.shared.RuleViolationException;
import org.stationops.shared.Scope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stations and their areas. Reads honour the caller's {@link Scope}: a station user
 * reaches only their own station and its areas.
 */
@Service
@Transactional(readOnly = true)
public class StationService {

	private final StationRepository stations;

	private final AreaRepository areas;

	private final StationStaff staff;

	StationService(StationRepository stations, AreaRepository areas, StationStaff staff) {
		this.stations = stations;
		this.areas = areas;
		this.staff = staff;
	}

	/**
	 * @param scope must not be {@literal null}.
	 * @return the stations the scope reaches, by code.
	 */
	public List<Station> visibleStations(Scope scope) {
		return scope.stationFilter()
			.map(id -> this.stations.findById(id).map(List::of).orElse(List.of()))
			.orElseGet(this.stations::findAllByOrderByCode);
	}

	public Station get(Scope scope, Long id) {
		return this.stations.findById(id)
			.filter(s -> scope.allows(s.getId()))
			.orElseThrow(() -> StationNotFoundException.forId(id));
	}

	public Station getByCode(String code) {
		return this.stations.findByCode(code).orElseThrow(() -> StationNotFoundException.forId(-1L));
	}

	@Transactional
	public Station create(StationProfile profile) {
		if (this.stations.existsByCode(profile.code())) {
			throw RuleViolationException.onField("code", "stations.code.duplicate");
		}
		return this.stations.save(new Station(profile));
	}

	@Transactional
	public Station update(Long id, long expectedVersion, StationProfile profile) {
		Station station = this.stations.findById(id).orElseThrow(() -> StationNotFoundException.forId(id));
		if (station.getVersion() != expectedVersion) {
			throw new RuleViolationException("common.error.staleVersion");
		}
		if (this.stations.existsByCodeAndIdNot(profile.code(), id)) {
			throw RuleViolationException.onField("code", "stations.code.duplicate");
		}
		station.apply(profile);
		return this.stations.save(station);
	}

	public List<Area> areas(Scope scope, Long stationId) {
		get(scope, stationId);
		return this.areas.findByStationIdOrderByName(stationId);
	}

	public List<Area> visibleAreas(Scope scope) {
		return scope.stationFilter()
			.map(this.areas::findByStationIdOrderByName)
			.orElseGet(this.areas::findAllByOrderByStationIdAscNameAsc);
	}

	public Area getArea(Scope scope, Long areaId) {
		return this.areas.findInScope(areaId, scope).orElseThrow(() -> StationNotFoundException.forArea(areaId));
	}

	@Transactional
	public Area createArea(Scope scope, Long stationId, String name, AreaKind kind, @Nullable Long officerId) {
		get(scope, stationId);
		checkOfficer(stationId, officerId);
		if (this.areas.existsByStationIdAndName(stationId, name)) {
			throw RuleViolationException.onField("name", "areas.name.duplicate");
		}
		return this.areas.save(new Area(stationId, name, kind, officerId));
	}

	@Transactional
	public Area updateArea(Scope scope, Long areaId, long expectedVersion, String name, AreaKind kind,
			@Nullable Long officerId) {
		Area area = getArea(scope, areaId);
		if (area.getVersion() != expectedVersion) {
			throw new RuleViolationException("common.error.staleVersion");
		}
		checkOfficer(area.getStationId(), officerId);
		if (this.areas.existsByStationIdAndNameAndIdNot(area.getStationId(), name, areaId)) {
			throw RuleViolationException.onField("name", "areas.name.duplicate");
		}
		area.update(name, kind, officerId);
		return this.areas.save(area);
	}

	/**
	 * @return the active officers of a station the scope reaches: the choices for an
	 * area's community officer.
	 */
	public List<StationStaff.StaffMember> staff(Scope scope, Long stationId) {
		get(scope, stationId);
		return this.staff.activeAt(stationId);
	}

	/**
	 * @return the names of the areas' community officers, by officer id.
	 */
	public java.util.Map<Long, String> officerNames(List<Area> areas) {
		return this.staff
			.namesOf(areas.stream().map(Area::getResponsibleOfficerId).filter(java.util.Objects::nonNull).toList());
	}

	private void checkOfficer(Long stationId, @Nullable Long officerId) {
		if (officerId != null && this.staff.activeAt(stationId).stream().noneMatch(m -> m.id().equals(officerId))) {
			throw RuleViolationException.onField("responsibleOfficerId", "areas.officer.notAtStation");
		}
	}

}
