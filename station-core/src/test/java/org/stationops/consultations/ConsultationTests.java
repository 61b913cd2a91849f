package org.stationops.consultations;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConsultationTests {

	static final Instant RECEIVED = Instant.parse("2026-12-01T01:00:00Z");

	static Consultation waitingConsultation() {
		return new Consultation(1L,
				new ConsultationDetails(Channel.HOTLINE, Topic.CERTIFICATE, "", "", "证明怎么开？", RECEIVED), "周涛");
	}

	@Test
	void measuresTheMinutesToAnswer() {
		Consultation c = waitingConsultation();
		assertThat(c.getMinutesToAnswer()).isNull();
		c.answer("带身份证到户籍窗口", "吴敏", RECEIVED.plusSeconds(17 * 60));
		assertThat(c.getMinutesToAnswer()).isEqualTo(17L);
		assertThatThrownBy(() -> c.answer("again", "吴敏", RECEIVED.plusSeconds(3600)))
			.hasMessageContaining("consultations.answer.already");
	}

	@Test
	void refusesAnAnswerBeforeTheConsultationArrived() {
		assertThatThrownBy(() -> waitingConsultation().answer("x", "吴敏", RECEIVED.minusSeconds(60)))
			.hasMessageContaining("consultations.answer.beforeReceipt");
	}

	@Test
	void becomesAnIncidentOnlyOnce() {
		Consultation c = waitingConsultation();
		c.becameIncident(5L, "DS20261201-0001");
		assertThat(c.becameIncident()).isTrue();
		assertThatThrownBy(() -> c.becameIncident(6L, "DS20261201-0002"))
			.hasMessageContaining("consultations.incident.already");
	}

}
