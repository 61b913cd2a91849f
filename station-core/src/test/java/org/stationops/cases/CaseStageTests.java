package org.stationops.cases;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class CaseStageTests {

	@ParameterizedTest(name = "{0} case: {1} -> {2} allowed: {3}")
	@CsvSource({ "ADMINISTRATIVE, ACCEPTED, FILED, true", "CRIMINAL, ACCEPTED, NOT_FILED, true",
			"CRIMINAL, ACCEPTED, INVESTIGATING, false", "CRIMINAL, ACCEPTED, SOLVED, false",
			"ADMINISTRATIVE, ACCEPTED, CLOSED, false", "ADMINISTRATIVE, FILED, INVESTIGATING, true",
			"ADMINISTRATIVE, FILED, SOLVED, false", "CRIMINAL, FILED, WITHDRAWN, true",
			"CRIMINAL, INVESTIGATING, SOLVED, true", "ADMINISTRATIVE, SOLVED, PUNISHMENT_DECIDED, true",
			"CRIMINAL, SOLVED, PUNISHMENT_DECIDED, false", "CRIMINAL, SOLVED, TRANSFERRED_FOR_PROSECUTION, true",
			"ADMINISTRATIVE, SOLVED, TRANSFERRED_FOR_PROSECUTION, false",
			"ADMINISTRATIVE, PUNISHMENT_DECIDED, CLOSED, true", "CRIMINAL, TRANSFERRED_FOR_PROSECUTION, CLOSED, true",
			"ADMINISTRATIVE, CLOSED, FILED, false", "CRIMINAL, NOT_FILED, FILED, false",
			"CRIMINAL, WITHDRAWN, INVESTIGATING, false", "ADMINISTRATIVE, INVESTIGATING, ACCEPTED, false" })
	void allowsOnlyTheStatutoryPath(CaseKind kind, CaseStage from, CaseStage to, boolean allowed) {
		assertThat(from.canMoveTo(kind, to)).isEqualTo(allowed);
	}

	@Test
	void terminalStagesLeadNowhere() {
		for (CaseStage stage : CaseStage.values()) {
			if (stage.isTerminal()) {
				assertThat(stage.next(CaseKind.CRIMINAL)).isEmpty();
				assertThat(stage.next(CaseKind.ADMINISTRATIVE)).isEmpty();
			}
		}
	}

	@Test
	void decisionsNeedReviewButInvestigationStepsDoNot() {
		assertThat(CaseStage.FILED.decision()).isEqualTo(Decision.FILING);
		assertThat(CaseStage.NOT_FILED.decision()).isEqualTo(Decision.NOT_FILING);
		assertThat(CaseStage.PUNISHMENT_DECIDED.decision()).isEqualTo(Decision.PUNISHMENT);
		assertThat(CaseStage.TRANSFERRED_FOR_PROSECUTION.decision()).isEqualTo(Decision.PROSECUTION_TRANSFER);
		assertThat(CaseStage.CLOSED.decision()).isEqualTo(Decision.CLOSURE);
		assertThat(CaseStage.INVESTIGATING.needsReview()).isFalse();
		assertThat(CaseStage.SOLVED.needsReview()).isFalse();
		assertThat(Decision.EXTENSION.target()).isNull();
	}

}
