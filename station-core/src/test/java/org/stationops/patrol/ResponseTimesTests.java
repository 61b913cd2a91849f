package org.stationops.patrol;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stationops.patrol.ResponseTimes.Cell;
import org.stationops.patrol.ResponseTimes.Report;
import org.stationops.patrol.ResponseTimes.Sample;

import static org.assertj.core.api.Assertions.assertThat;

class ResponseTimesTests {

	private static final Duration TWO_MINUTES = Duration.ofMinutes(2);

	@ParameterizedTest(name = "{0} → median {1} s, p90 {2} s")
	@CsvSource(delimiter = ';', value = { "60; 60; 60", "60,120; 90; 114", "30,60,90,120,600; 90; 408",
			"10,20,30,40,50,60,70,80,90,100; 55; 91" })
	void interpolatesMedianAndNinetiethPercentileBetweenNeighbouringRanks(String seconds, long median, long p90) {
		List<Sample> samples = java.util.Arrays.stream(seconds.split(","))
			.map(s -> new Sample(1L, 8, Long.parseLong(s)))
			.toList();
		ResponseTimes.Figures f = ResponseTimes.figures(samples, TWO_MINUTES);
		assertThat(f.median()).isEqualTo(Duration.ofSeconds(median));
		assertThat(f.p90()).isEqualTo(Duration.ofSeconds(p90));
	}

	@Test
	void countsArrivalsAtOrUnderTheTargetAsWithin() {
		List<Sample> samples = List.of(new Sample(1L, 8, 119), new Sample(1L, 8, 120), new Sample(1L, 8, 121),
				new Sample(1L, 8, 600));
		ResponseTimes.Figures f = ResponseTimes.figures(samples, TWO_MINUTES);
		assertThat(f.within()).isEqualTo(2);
		assertThat(f.withinPercent()).isEqualTo(50);
	}

	@Test
	void groupsByAreaAndHourWithTotalsPerAreaAndPerHour() {
		Report report = ResponseTimes.of(List.of(new Sample(2L, 21, 300), new Sample(1L, 8, 60), new Sample(1L, 8, 180),
				new Sample(1L, 21, 90), new Sample(null, 8, 100)), TWO_MINUTES);

		assertThat(report.cells()).extracting(Cell::areaId, Cell::hour, c -> c.figures().count())
			.containsExactly(org.assertj.core.groups.Tuple.tuple(1L, 8, 2),
					org.assertj.core.groups.Tuple.tuple(1L, 21, 1), org.assertj.core.groups.Tuple.tuple(2L, 21, 1),
					org.assertj.core.groups.Tuple.tuple(null, 8, 1));
		assertThat(report.areas()).extracting(Cell::areaId, c -> c.figures().count(), c -> c.figures().within())
			.containsExactly(org.assertj.core.groups.Tuple.tuple(1L, 3, 2),
					org.assertj.core.groups.Tuple.tuple(2L, 1, 0), org.assertj.core.groups.Tuple.tuple(null, 1, 1));
		assertThat(report.hours()).extracting(Cell::hour, c -> c.figures().count())
			.containsExactly(org.assertj.core.groups.Tuple.tuple(8, 3), org.assertj.core.groups.Tuple.tuple(21, 2));
		assertThat(report.cells().get(0).figures().median()).isEqualTo(Duration.ofSeconds(120));
		assertThat(report.total().count()).isEqualTo(5);
		assertThat(report.total().withinPercent()).isEqualTo(60);
	}

	@Test
	void reportsNothingAsZeroes() {
		Report report = ResponseTimes.of(List.of(), TWO_MINUTES);
		assertThat(report.cells()).isEmpty();
		assertThat(report.total().count()).isZero();
		assertThat(report.total().median()).isEqualTo(Duration.ZERO);
		assertThat(report.total().withinPercent()).isZero();
	}

}
