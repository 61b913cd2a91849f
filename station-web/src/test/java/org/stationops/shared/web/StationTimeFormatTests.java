package org.stationops.shared.web;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.stationops.shared.StationTime;

import static org.assertj.core.api.Assertions.assertThat;

class StationTimeFormatTests {

	private final StationTimeFormat format = new StationTimeFormat();

	@Test
	void showsAnInstantInChinaStandardTime() {
		assertThat(this.format.format(Instant.parse("2026-12-01T16:30:00Z"), "yyyy-MM-dd HH:mm"))
			.isEqualTo("2026-12-02 00:30");
		assertThat(this.format.zone()).isEqualTo(StationTime.ZONE);
		assertThat(StationTime.systemClock().getZone().getId()).isEqualTo("Asia/Shanghai");
	}

	@Test
	void showsADeadlineAtMidnightAsItsLastDayAndOtherDeadlinesWithTheirTime() {
		assertThat(this.format.deadline(Instant.parse("2026-12-07T16:00:00Z"))).isEqualTo("2026-12-07");
		assertThat(this.format.deadline(Instant.parse("2026-12-07T06:30:00Z"))).isEqualTo("2026-12-07 14:30");
		assertThat(this.format.deadline(null)).isEmpty();
	}

	@Test
	void showsNothingForAMissingInstant() {
		assertThat(this.format.format(null, "yyyy-MM-dd HH:mm")).isEmpty();
	}

}
