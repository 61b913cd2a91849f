package org.stationops.analysis;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.stationops.shared.RuleViolationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PreventionAdviceTests {

	static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

	static PreventionAdvice draft() {
		return new PreventionAdvice(7L, details("夜间加强巡查"), "南方商圈", "ml.supervisor",
				Instant.parse("2026-11-01T02:00:00Z"));
	}

	static AdviceDetails details(String advice) {
		return new AdviceDetails(AdviceTarget.COMPOUND, 3L, 1L, "CRIMINAL.THEFT", "热点：22 时", advice);
	}

	static String codeOf(Runnable action) {
		try {
			action.run();
			return "";
		}
		catch (RuleViolationException ex) {
			return ex.getCode();
		}
	}

	@Test
	void goesFromDraftThroughSentAndRepliedToReviewed() {
		PreventionAdvice advice = draft();
		advice.send(TODAY.minusDays(14), TODAY);
		advice.recordReply(TODAY.minusDays(10), "已增设照明", TODAY);
		advice.review(PatternOutcome.IMPROVED, "夜间盗窃减少", TODAY);
		assertThat(advice.getStatus()).isEqualTo(AdviceStatus.REVIEWED);
		assertThat(advice.getReplyText()).isEqualTo("已增设照明");
		assertThat(advice.getReviewedOn()).isEqualTo(TODAY);
	}

	@Test
	void refusesEditingAdviceOnceSent() {
		PreventionAdvice advice = draft();
		advice.send(TODAY, TODAY);
		assertThat(codeOf(() -> advice.edit(details("改"), "南方商圈"))).isEqualTo("advice.edit.notDraft");
		assertThat(codeOf(() -> advice.send(TODAY, TODAY))).isEqualTo("advice.send.notDraft");
	}

	@Test
	void refusesAReplyToADraftADatedBeforeSendingOrEmpty() {
		PreventionAdvice advice = draft();
		assertThat(codeOf(() -> advice.recordReply(TODAY, "好", TODAY))).isEqualTo("advice.reply.notSent");
		advice.send(TODAY.minusDays(3), TODAY);
		assertThat(codeOf(() -> advice.recordReply(TODAY.minusDays(4), "好", TODAY)))
			.isEqualTo("advice.reply.beforeSent");
		assertThat(codeOf(() -> advice.recordReply(TODAY, " ", TODAY))).isEqualTo("advice.reply.required");
		assertThat(codeOf(() -> advice.recordReply(TODAY.plusDays(1), "好", TODAY))).isEqualTo("advice.date.future");
		assertThat(advice.getStatus()).isEqualTo(AdviceStatus.SENT);
	}

	@Test
	void refusesAReviewWithinAWeekOfSendingButAllowsOneWithoutReply() {
		PreventionAdvice advice = draft();
		assertThat(codeOf(() -> advice.review(PatternOutcome.UNCHANGED, "", TODAY))).isEqualTo("advice.review.notSent");
		advice.send(TODAY.minusDays(6), TODAY);
		assertThat(codeOf(() -> advice.review(PatternOutcome.UNCHANGED, "", TODAY)))
			.isEqualTo("advice.review.tooEarly");
		advice.review(PatternOutcome.UNCHANGED, "", TODAY.plusDays(1));
		assertThat(advice.getStatus()).isEqualTo(AdviceStatus.REVIEWED);
	}

	@Test
	void refusesSendingInTheFutureAndAdviceWithoutText() {
		assertThat(codeOf(() -> draft().send(TODAY.plusDays(1), TODAY))).isEqualTo("advice.date.future");
		assertThatThrownBy(() -> new PreventionAdvice(7L, details(" "), "x", "u", Instant.now()))
			.isInstanceOf(RuleViolationException.class);
	}

}
