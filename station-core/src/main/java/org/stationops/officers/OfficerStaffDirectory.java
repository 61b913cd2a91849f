package org.stationops.officers;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.stationops.stations.StationStaff;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells the stations feature who works where.
 */
@Component
@Transactional(readOnly = true)
class OfficerStaffDirectory implements StationStaff {

	private final OfficerRepository officers;

	OfficerStaffDirectory(OfficerRepository officers) {
		this.officers = officers;
	}

	@Override
	public List<StaffMember> activeAt(Long stationId) {
		return this.officers.findByStationIdAndActiveTrueOrderByDisplayName(stationId)
			.stream()
			.map(o -> new StaffMember(o.getId(), o.getDisplayName(), o.getBadgeNumber()))
			.toList();
	}

	@Override
	public Map<Long, String> namesOf(Collection<Long> officerIds) {
		Map<Long, String> names = new HashMap<>();
		if (!officerIds.isEmpty()) {
			this.officers.findByIdIn(officerIds).forEach(o -> names.put(o.getId(), o.getDisplayName()));
		}
		return names;
	}

}
