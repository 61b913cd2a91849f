package org.stationops.servicestations;

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
