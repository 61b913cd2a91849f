package org.stationops.liaison;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ScreeningScoreTests {

	static final List<ScreeningFeature> CHECKLIST = List.of(new ScreeningFeature("A", 1, 15),
			new ScreeningFeature("B", 2, 10), new ScreeningFeature("C", 3, 12), new ScreeningFeature("D", 4, 12),
			new ScreeningFeature("E", 5, 15), new ScreeningFeature("F", 6, 8), new ScreeningFeature("G", 7, 7),
			new ScreeningFeature("H", 8, 11), new ScreeningFeature("I", 9, 5), new ScreeningFeature("J", 10, 5));

	@Test
	void scoresObservedWeightsAsAShareOfAllWeights() {
		assertThat(ScreeningScore.score(CHECKLIST, Set.of())).isZero();
		assertThat(ScreeningScore.score(CHECKLIST, Set.of("A", "E"))).isEqualTo(30);
		assertThat(ScreeningScore.score(CHECKLIST, Set.of("A", "B", "C", "D", "E", "F"))).isEqualTo(72);
		assertThat(ScreeningScore.score(List.of(new ScreeningFeature("A", 1, 1), new ScreeningFeature("B", 2, 3)),
				Set.of("A")))
			.isEqualTo(25);
	}

	@Test
	void concludesByThresholds() {
		assertThat(ScreeningScore.conclusion(29)).isEqualTo(Conclusion.CLEAR);
		assertThat(ScreeningScore.conclusion(30)).isEqualTo(Conclusion.WATCH);
		assertThat(ScreeningScore.conclusion(59)).isEqualTo(Conclusion.WATCH);
		assertThat(ScreeningScore.conclusion(60)).isEqualTo(Conclusion.SUSPECTED);
	}

	@Test
	void aChecklistWithoutWeightsScoresZero() {
		assertThat(ScreeningScore.score(List.of(new ScreeningFeature("A", 1, 0)), Set.of("A"))).isZero();
	}

	@Test
	void classifiesCreditCodes() {
		assertThat(CodeCheck.of("914403001922038216")).isEqualTo(CodeCheck.VALID);
		assertThat(CodeCheck.of(" 9144030071526726xg ")).isEqualTo(CodeCheck.VALID);
		assertThat(CodeCheck.of("914403001922038217")).isEqualTo(CodeCheck.LEGACY);
		assertThat(CodeCheck.of("91440300192203821")).isEqualTo(CodeCheck.MALFORMED);
		assertThat(CodeCheck.of("9144030019220382I6")).isEqualTo(CodeCheck.MALFORMED);
		assertThat(CodeCheck.of("")).isEqualTo(CodeCheck.BLANK);
	}

}
