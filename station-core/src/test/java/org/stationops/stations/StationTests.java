package org.stationops.stations;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StationTests {

	@Test
	void computesPolicePerTenThousandResidentsLikeMeilong() {
		Station meilong = new Station(profile(new BigDecimal("14.78"), 220_000, 117));
		assertThat(meilong.policePer10k()).isEqualByComparingTo("5.3");
		assertThat(meilong.populationDensity()).isEqualTo(14885);
	}

	@Test
	void hasNoRatioWithoutResidentsOrArea() {
		Station empty = new Station(profile(BigDecimal.ZERO, 0, 10));
		assertThat(empty.policePer10k()).isNull();
		assertThat(empty.populationDensity()).isNull();
	}

	private static StationProfile profile(BigDecimal area, int population, int officers) {
		return new StationProfile("ML", "梅陇派出所", "分局", "", area, 109, population, 0, 0, 0, 0, officers);
	}

}
