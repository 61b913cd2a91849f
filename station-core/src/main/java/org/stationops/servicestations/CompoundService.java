package org.stationops.servicestations;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.stationops.shared.NotFoundException;
import org.stationops.shared.RuleViolationException;
import org.stationops.shared.Scope;
import org.stationops.stations.StationService;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register of residential compounds within the caller's {@link Scope}.
 */
@Service
@Transactional(readOnly = true)
public class CompoundService {

	private final CompoundRepository compounds;

	private final StationService stations;

	CompoundService(CompoundRepository compounds, StationService stations) {
		this.compounds = compounds;
		this.stations = stations;
	}

	public Page<Compound> search(Scope scope, @Nullable Long stationId, String text, Pageable pageable) {
		String term = text.trim();
		return this.compounds.search(scope.stationFilter().orElse(stationId),
				(term.length() > 50) ? term.substring(0, 50) : term, pageable);
	}

	public Compound get(Scope scope, Long id) {
		return this.compounds.findInScope(id, scope).orElseThrow(() -> ServiceStationNotFoundException.forId(id));
	}

	@Transactional
	public Compound create(Scope scope, Long stationId, CompoundDetails details) {
		this.stations.get(scope, stationId);
		checkArea(scope, stationId, details.areaId());
		if (this.compounds.existsByStationIdAndName(stationId, details.name())) {
			throw RuleViolationException.onField("name", "servicestations.compound.duplicate");
		}
		return this.compounds.saveAndFlush(new Compound(stationId, details));
	}

	@Transactional
	public Compound update(Scope scope, Long id, long expectedVersion, CompoundDetails details) {
		Compound compound = get(scope, id);
		if (compound.getVersion() != expectedVersion) {
			throw new RuleViolationException("servicestations.edit.conflict");
		}
		checkArea(scope, compound.getStationId(), details.areaId());
		if (!compound.getName().equals(details.name())
				&& this.compounds.existsByStationIdAndName(compound.getStationId(), details.name())) {
			throw RuleViolationException.onField("name", "servicestations.compound.duplicate");
		}
		compound.apply(details);
		return this.compounds.saveAndFlush(compound);
	}

	/**
	 * Imports a compound register: every line is checked first (name present and unique
	 * in the file and the station, area known by name, position in range, households and
	 * residents whole numbers); any problem writes nothing and reports every line at
	 * fault.
	 */
	@Transactional
	public CompoundImport.Result importAll(Scope scope, Long stationId, List<CompoundImport.Line> lines) {
		this.stations.get(scope, stationId);
		Map<String, Long> areas = new HashMap<>();
		this.stations.areas(scope, stationId).forEach(a -> areas.put(a.getName(), a.getId()));
		List<CompoundImport.Problem> problems = new ArrayList<>();
		Set<String> names = new HashSet<>();
		List<CompoundDetails> valid = new ArrayList<>();
		for (CompoundImport.Line line : lines) {
			int before = problems.size();
			String name = line.name().trim();
			if (name.isEmpty() || name.length() > 60) {
				problems.add(new CompoundImport.Problem(line.line(), "name", "servicestations.import.name"));
			}
			else if (!names.add(name)) {
				problems.add(new CompoundImport.Problem(line.line(), "name", "servicestations.import.nameTwice", name));
			}
			else if (this.compounds.existsByStationIdAndName(stationId, name)) {
				problems.add(new CompoundImport.Problem(line.line(), "name", "servicestations.compound.duplicate"));
			}
			Long areaId = null;
			if (!line.area().isBlank()) {
				areaId = areas.get(line.area().trim());
				if (areaId == null) {
					problems.add(new CompoundImport.Problem(line.line(), "area", "servicestations.import.area",
							line.area().trim()));
				}
			}
			Double latitude = number(line.latitude(), 90);
			Double longitude = number(line.longitude(), 180);
			if (latitude == null) {
				problems.add(new CompoundImport.Problem(line.line(), "latitude", "servicestations.import.latitude"));
			}
			if (longitude == null) {
				problems.add(new CompoundImport.Problem(line.line(), "longitude", "servicestations.import.longitude"));
			}
			Integer households = count(line.households(), 100_000);
			Integer residents = count(line.residents(), 500_000);
			if (households == null) {
				problems.add(new CompoundImport.Problem(line.line(), "households", "servicestations.import.count"));
			}
			if (residents == null) {
				problems.add(new CompoundImport.Problem(line.line(), "residents", "servicestations.import.count"));
			}
			if (problems.size() == before && latitude != null && longitude != null && households != null
					&& residents != null) {
				valid.add(new CompoundDetails(name, areaId, latitude, longitude, households, residents));
			}
		}
		if (!problems.isEmpty()) {
			return new CompoundImport.Result(0, problems);
		}
		valid.forEach(d -> this.compounds.saveAndFlush(new Compound(stationId, d)));
		return new CompoundImport.Result(valid.size(), List.of());
	}

	private static @Nullable Double number(String text, double limit) {
		try {
			double value = Double.parseDouble(text.trim());
			return (Double.isFinite(value) && Math.abs(value) <= limit) ? value : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static @Nullable Integer count(String text, int max) {
		try {
			int value = Integer.parseInt(text.trim().replace(",", ""));
			return (value >= 0 && value <= max) ? value : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private void checkArea(Scope scope, Long stationId, @Nullable Long areaId) {
		if (areaId == null) {
			return;
		}
		try {
			if (stationId.equals(this.stations.getArea(scope, areaId).getStationId())) {
				return;
			}
		}
		catch (NotFoundException ex) {
			// reported below, like an area of another station
		}
		throw RuleViolationException.onField("areaId", "servicestations.area.otherStation");
	}

}
