package org.stationops.analysis;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AnalysisTests {

	@ParameterizedTest(name = "{0} after {1}: {2} ({3} %), Z = {4}, significant = {5}")
	@CsvSource(nullValues = "null", textBlock = """
			# current, previous, absolute, percent, z,     significant
			  1,       3,        -2,       -66.7,   -1.46, false
			  20,      40,       -20,      -50.0,   -3.70, true
			  54,      100,      -46,      -46.0,   -5.30, true
			  75,      100,      -25,      -25.0,   -2.68, true
			  9,       12,       -3,       -25.0,   -0.93, false
			  5,       0,        5,        null,    4.47,  true
			  1,       0,        1,        null,    2.00,  true
			  0,       0,        0,        null,    0.00,  false
			  12,      5,        7,        140.0,   2.46,  true
			  8,       4,        4,        100.0,   1.66,  false
			  110,     110,      0,        0.0,     0.00,  false
			""")
	void computesAbsoluteAndRelativeChangeAndFlagsOnlyChangesUnlikelyToBeNoise(long current, long previous,
			long absolute, Double percent, double z, boolean significant) {
		Change change = new Change(current, previous);
		assertThat(change.absolute()).isEqualTo(absolute);
		assertThat(change.percent()).isEqualTo(percent);
		assertThat(change.z()).isEqualTo(z);
		assertThat(change.significant()).isEqualTo(significant);
		assertThat(change.significantRise()).isEqualTo(significant && current > previous);
		assertThat(change.significantFall()).isEqualTo(significant && current < previous);
	}

	@ParameterizedTest(name = "{0} of {1}: current {2}..{3}, previous {4}..{5}, year before {6}..{7}")
	@CsvSource(textBlock = """
			DAY,   2026-11-30, 2026-11-30, 2026-12-01, 2026-11-29, 2026-11-30, 2025-11-30, 2025-12-01
			DAY,   2026-03-01, 2026-03-01, 2026-03-02, 2026-02-28, 2026-03-01, 2025-03-01, 2025-03-02
			WEEK,  2026-12-02, 2026-11-30, 2026-12-07, 2026-11-23, 2026-11-30, 2025-12-01, 2025-12-08
			WEEK,  2026-11-30, 2026-11-30, 2026-12-07, 2026-11-23, 2026-11-30, 2025-12-01, 2025-12-08
			MONTH, 2026-11-17, 2026-11-01, 2026-12-01, 2026-10-01, 2026-11-01, 2025-11-01, 2025-12-01
			MONTH, 2026-01-31, 2026-01-01, 2026-02-01, 2025-12-01, 2026-01-01, 2025-01-01, 2025-02-01
			""")
	void comparesEachPeriodWithThePeriodBeforeAndTheSamePeriodAYearEarlier(ReportPeriod period, LocalDate anchor,
			LocalDate from, LocalDate to, LocalDate previousFrom, LocalDate previousTo, LocalDate yearAgoFrom,
			LocalDate yearAgoTo) {
		ReportPeriod.Windows windows = period.windows(anchor);
		assertThat(windows.current()).isEqualTo(new ReportPeriod.Window(from, to));
		assertThat(windows.previous()).isEqualTo(new ReportPeriod.Window(previousFrom, previousTo));
		assertThat(windows.yearAgo()).isEqualTo(new ReportPeriod.Window(yearAgoFrom, yearAgoTo));
	}

	@Test
	void defaultsToTheLastCompletePeriodSoARunningPeriodIsNeverComparedWithACompleteOne() {
		LocalDate today = LocalDate.of(2026, 12, 2);
		assertThat(ReportPeriod.DAY.windows(ReportPeriod.DAY.lastCompleteAnchor(today)).current().from())
			.isEqualTo(LocalDate.of(2026, 12, 1));
		assertThat(ReportPeriod.WEEK.windows(ReportPeriod.WEEK.lastCompleteAnchor(today)).current().from())
			.isEqualTo(LocalDate.of(2026, 11, 23));
		assertThat(ReportPeriod.MONTH.windows(ReportPeriod.MONTH.lastCompleteAnchor(today)).current().from())
			.isEqualTo(LocalDate.of(2026, 11, 1));
	}

	@Test
	void foldsGroupedRowsIntoCategorySubTypeAreaAndTotalWithYearOverYearAndPeriodOverPeriod() {
		Label theft = new Label("盗窃", "Theft");
		Label criminal = new Label("刑事", "Criminal");
		Label order = new Label("治安", "Public order");
		Label fight = new Label("打架斗殴", "Fight");
		List<AnalysisQueries.CountRow> rows = List.of(
				row(1L, "A", "CRIMINAL", criminal, "CRIMINAL.THEFT", theft, true, 30, 45, 40),
				row(2L, "B", "CRIMINAL", criminal, "CRIMINAL.THEFT", theft, true, 24, 55, 60),
				row(null, null, "PUBLIC_ORDER", order, "PUBLIC_ORDER.FIGHT", fight, false, 3, 1, 2));
		List<AnalysisQueries.HourRow> hours = List.of(new AnalysisQueries.HourRow(7, "梅陇", 1L, "A", 22, 9),
				new AnalysisQueries.HourRow(7, "梅陇", 2L, "B", 2, 4),
				new AnalysisQueries.HourRow(7, "梅陇", 1L, "A", 3, 1));
		PeriodAnalysis analysis = AnalysisAssembly.assemble(ReportPeriod.MONTH,
				ReportPeriod.MONTH.windows(LocalDate.of(2026, 11, 1)), 7L, "梅陇", rows, hours, figures());

		assertThat(analysis.total()).extracting(Trend::current, Trend::previous, Trend::yearAgo)
			.containsExactly(57L, 101L, 102L);
		assertThat(analysis.total().yearOverYear().significantFall()).isTrue();
		Trend theftLine = analysis.bySubType().get(0);
		assertThat(theftLine.label()).isEqualTo(theft);
		assertThat(theftLine.yearOverYear()).isEqualTo(new Change(54, 100));
		assertThat(theftLine.yearOverYear().percent()).isEqualTo(-46.0);
		assertThat(theftLine.periodOverPeriod().significant()).isTrue();
		Trend fightLine = analysis.bySubType().get(1);
		assertThat(fightLine.periodOverPeriod().percent()).isEqualTo(200.0);
		assertThat(fightLine.periodOverPeriod().significant()).as("3 after 1 is +200 % but noise").isFalse();
		assertThat(analysis.significantSubTypes()).containsExactly(theftLine);
		assertThat(analysis.byCategory()).extracting(Trend::key).containsExactly("CRIMINAL", "PUBLIC_ORDER");
		assertThat(analysis.byArea()).extracting(t -> t.label().en()).containsExactly("A", "B", "No area");
		assertThat(analysis.byStation()).as("a station's analysis has no station breakdown").isEmpty();
		assertThat(analysis.kpis().preventable().current()).isEqualTo(54);
		assertThat(analysis.kpis().preventableRate()).isEqualTo(94.7);

		Hotspots hotspots = analysis.hotspots();
		assertThat(hotspots.byHour()[22]).isEqualTo(9);
		assertThat(hotspots.top().get(0)).isEqualTo(new Hotspots.Cell(Label.of("A"), 22, 9, 7, 1L));
		assertThat(hotspots.rows()).extracting(Hotspots.Row::total).containsExactly(10L, 4L);
		assertThat(hotspots.max()).isEqualTo(9);
	}

	@Test
	void namesAreasWithTheirStationInTheBureauAnalysisAndBreaksDownByStation() {
		Label theft = new Label("盗窃", "Theft");
		List<AnalysisQueries.CountRow> rows = List.of(
				new AnalysisQueries.CountRow(7, "梅陇", 1L, "A", "CRIMINAL", theft, "CRIMINAL.THEFT", theft, true, 2, 1,
						1),
				new AnalysisQueries.CountRow(8, "岱山", 5L, "A", "CRIMINAL", theft, "CRIMINAL.THEFT", theft, true, 1, 1,
						1));
		PeriodAnalysis analysis = AnalysisAssembly.assemble(ReportPeriod.DAY,
				ReportPeriod.DAY.windows(LocalDate.of(2026, 11, 1)), null, null, rows, List.of(), figures());
		assertThat(analysis.byArea()).extracting(t -> t.label().zh()).containsExactly("梅陇 · A", "岱山 · A");
		assertThat(analysis.byStation()).extracting(t -> t.label().zh()).containsExactly("梅陇", "岱山");
	}

	@Test
	void computesStationFiguresFromTheirCountsAndLeavesThemEmptyWithoutADenominator() {
		KpiFigures raw = new KpiFigures(117, 220_000, 20, 13, 40, 150.0, 420.0, 9, 3, 50, 20, 10, 8,
				new BigDecimal("35000.00"), 12, 10, 300);
		Kpis kpis = new Kpis(raw, new Trend("p", Label.of("p"), 10, 12, 20), 80);
		assertThat(kpis.policePer10k()).isEqualByComparingTo("5.32");
		assertThat(kpis.preventableRate()).isEqualTo(12.5);
		assertThat(kpis.clearanceRate()).isEqualTo(65.0);
		assertThat(kpis.medianResponseMinutes()).isEqualTo(2.5);
		assertThat(kpis.p90ResponseMinutes()).isEqualTo(7.0);
		assertThat(kpis.mediationSuccessRate()).isEqualTo(75.0);
		assertThat(kpis.visitCoverage()).isEqualTo(40.0);
		assertThat(kpis.appointmentsHandledRate()).isEqualTo(80.0);
		assertThat(kpis.dissuasionRate()).isEqualTo(83.3);

		Kpis empty = new Kpis(AnalysisAssembly.noFigures(), new Trend("p", Label.of("p"), 0, 0, 0), 0);
		assertThat(empty.policePer10k()).isNull();
		assertThat(empty.clearanceRate()).isNull();
		assertThat(empty.medianResponseMinutes()).isNull();
		assertThat(empty.mediationSuccessRate()).isNull();
	}

	private static AnalysisQueries.CountRow row(Long areaId, String areaName, String category, Label categoryLabel,
			String subType, Label subTypeLabel, boolean preventable, long current, long previous, long yearAgo) {
		return new AnalysisQueries.CountRow(7, "梅陇", areaId, areaName, category, categoryLabel, subType, subTypeLabel,
				preventable, current, previous, yearAgo);
	}

	private static KpiFigures figures() {
		return AnalysisAssembly.noFigures();
	}

}
