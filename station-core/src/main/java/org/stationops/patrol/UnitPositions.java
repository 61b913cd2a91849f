package org.stationops.patrol;

import java.time.Instant;

import org.stationops.servicestations.GeoPoint;
import org.springframework.stereotype.Component;

/**
 * What a shift's check-in tells the unit: its last known position.
 */
@Component
class UnitPositions {

	private final PatrolUnitRepository units;

	UnitPositions(PatrolUnitRepository units) {
		this.units = units;
	}

	void record(Long unitId, GeoPoint position, Instant at) {
		this.units.findById(unitId).ifPresent(unit -> {
			unit.reportPosition(position.latitude(), position.longitude(), at);
			this.units.save(unit);
		});
	}

}
