package org.stationops.servicestations;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class AreaExtentTests {

	// about 1.1 km north–south by 1 km east–west at 31° N
	private final AreaExtent box = new AreaExtent(31.00, 31.01, 121.40, 121.4105);

	@Test
	void aPointInsideTheCompoundsBoxIsNotOutside() {
		assertThat(this.box.metresOutside(31.005, 121.405)).isZero();
	}

	@Test
	void aPointNorthOfTheBoxIsOutsideByItsDistanceInLatitude() {
		// 0.01° of latitude is 1,112 m on the 6,371 km sphere
		assertThat(this.box.metresOutside(31.02, 121.405)).isCloseTo(1_112, within(1.0));
	}

	@Test
	void aPointEastOfTheBoxCountsLongitudeShortenedByTheLatitude() {
		// 0.01° of longitude at 31° N: 1,112 m × cos 31° = 953 m
		assertThat(this.box.metresOutside(31.005, 121.4205)).isCloseTo(953, within(2.0));
	}

	@Test
	void anAreaWithoutCompoundsWarnsNothing() {
		AreaExtent empty = new AreaExtent(null, null, null, null);
		assertThat(empty.isKnown()).isFalse();
		assertThat(empty.metresOutside(40, 100)).isZero();
	}

}
