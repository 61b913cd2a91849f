package org.stationops.patrol;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.stationops.patrol.PatrolPresence.Count;
import org.stationops.patrol.PatrolPresence.Gap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

class PatrolPresenceTests {

	@Test
	void listsFirstWhereTheShareOfIncidentsMostExceedsTheShareOfPresence() {
		// 10 incidents: area 1 at 21h has 5, area 1 at 9h has 3, area 2 at 21h has 2.
		// 20 check-ins: area 1 at 9h has 15, area 2 at 21h has 5, area 1 at 21h none.
		List<Count> incidents = List.of(new Count(1L, 21, 5), new Count(1L, 9, 3), new Count(2L, 21, 2));
		List<Count> presence = List.of(new Count(1L, 9, 15), new Count(2L, 21, 5), new Count(3L, 14, 0));

		List<Gap> gaps = PatrolPresence.gaps(incidents, presence);

		assertThat(gaps).extracting(Gap::areaId, Gap::hour, Gap::incidents, Gap::presence, Gap::gap)
			.containsExactly(tuple(1L, 21, 5L, 0L, 50.0), tuple(2L, 21, 2L, 5L, -5.0), tuple(1L, 9, 3L, 15L, -45.0));
		assertThat(gaps.get(0).incidentShare()).isEqualTo(50.0);
		assertThat(gaps.get(2).presenceShare()).isEqualTo(75.0);
	}

	@Test
	void breaksEqualGapsByMoreIncidentsAndLeavesOutPlacesWithoutIncidents() {
		List<Gap> gaps = PatrolPresence.gaps(List.of(new Count(1L, 8, 1), new Count(2L, 8, 1)), List.of());
		assertThat(gaps).extracting(Gap::areaId).containsExactly(1L, 2L);
		assertThat(gaps).allSatisfy(g -> assertThat(g.presenceShare()).isZero());
		assertThat(PatrolPresence.gaps(List.of(), List.of(new Count(1L, 8, 4)))).isEmpty();
	}

}
