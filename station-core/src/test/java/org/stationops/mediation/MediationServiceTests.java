package org.stationops.mediation;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.stationops.shared.Scope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MediationServiceTests {

	static final LocalDate REGISTERED = LocalDate.of(2026, 10, 8);

	static final Scope ML = Scope.station(1L);

	final InMemoryMediation fixture = new InMemoryMediation(LocalDate.of(2026, 10, 30));

	final MediationService mediation = this.fixture.mediation;

	Dispute policeDisputeWithSession() {
		Dispute d = this.fixture.dispute(DisputeKind.POLICE, REGISTERED);
		this.mediation.recordSession(ML, d.getId(), 0, REGISTERED.plusDays(1), SessionMode.IN_PERSON, "调解室", "双方", "笔录",
				5L);
		return d;
	}

	FollowUp openFollowUp(Dispute d) {
		return this.fixture.followUps.where(f -> f.getDisputeId().equals(d.getId()) && !f.isDone()).get(0);
	}

	@Test
	void closesTheLinkedCaseWithoutPunishmentWhenTheAgreementIsPerformed() {
		Dispute d = policeDisputeWithSession();
		this.mediation.recordAgreement(ML, d.getId(), 0,
				InMemoryMediation.agreement(REGISTERED.plusDays(1), REGISTERED.plusDays(5)));
		assertThat(openFollowUp(d).getDueOn()).isEqualTo(REGISTERED.plusDays(5));
		this.mediation.completeFollowUp(ML, d.getId(), 0, openFollowUp(d).getId(), REGISTERED.plusDays(6), true, "已赔付",
				Satisfaction.SATISFIED, 5L);
		assertThat(this.fixture.cases.calls).containsExactly("closed 77 2026-10-14 by 张伟");
		assertThat(d.getPerformed()).isTrue();
	}

	@Test
	void restartsTheCaseClockAfterThePerformanceDeadlineWhenTheAgreementIsFoundNotPerformed() {
		Dispute d = policeDisputeWithSession();
		this.mediation.recordAgreement(ML, d.getId(), 0,
				InMemoryMediation.agreement(REGISTERED.plusDays(1), REGISTERED.plusDays(5)));
		this.mediation.completeFollowUp(ML, d.getId(), 0, openFollowUp(d).getId(), REGISTERED.plusDays(7), false, "未赔付",
				Satisfaction.DISSATISFIED, 5L);
		assertThat(this.fixture.cases.calls).containsExactly("not performed 77 deadline 2026-10-13");
		assertThat(d.getPerformed()).isFalse();
	}

	@Test
	void restartsTheCaseClockOnTheDayMediationFails() {
		Dispute d = policeDisputeWithSession();
		this.mediation.recordFailure(ML, d.getId(), 0, REGISTERED.plusDays(2), "双方分歧大", Referral.CASE_CONTINUES);
		assertThat(this.fixture.cases.calls).containsExactly("failed 77 2026-10-10");
		assertThat(d.getStatus()).isEqualTo(DisputeStatus.FAILED);
	}

	@Test
	void recordsAPoliceSessionAfterTheThreeWorkingDays() {
		Dispute d = this.fixture.dispute(DisputeKind.POLICE, REGISTERED);
		// Thursday 8 October + 3 working days = Tuesday 13 October: late, recorded,
		// warned on the file
		assertThatCode(() -> this.mediation.recordSession(ML, d.getId(), 0, LocalDate.of(2026, 10, 14),
				SessionMode.PHONE, "", "双方", "笔录", 5L))
			.doesNotThrowAnyException();
	}

	@Test
	void refusesASessionBeforeTheRegistrationOrInTheFuture() {
		Dispute d = this.fixture.dispute(DisputeKind.PEOPLE, REGISTERED);
		assertThatThrownBy(() -> this.mediation.recordSession(ML, d.getId(), 0, REGISTERED.minusDays(1),
				SessionMode.IN_PERSON, "", "双方", "笔录", 5L))
			.hasFieldOrPropertyWithValue("code", "mediation.session.beforeRegistration");
		assertThatThrownBy(() -> this.mediation.recordSession(ML, d.getId(), 0, LocalDate.of(2026, 10, 31),
				SessionMode.IN_PERSON, "", "双方", "笔录", 5L))
			.hasFieldOrPropertyWithValue("code", "mediation.date.future");
	}

	@Test
	void refusesAFollowUpBeforeTheAgreementAndClosureBeforeTheFollowUp() {
		Dispute d = this.fixture.dispute(DisputeKind.PEOPLE, REGISTERED);
		this.mediation.recordSession(ML, d.getId(), 0, REGISTERED, SessionMode.ONLINE, "云调解", "船员、船东", "笔录", 5L);
		this.mediation.recordAgreement(ML, d.getId(), 0,
				InMemoryMediation.agreement(REGISTERED.plusDays(3), REGISTERED.plusDays(10)));
		assertThatThrownBy(() -> this.mediation.completeFollowUp(ML, d.getId(), 0, openFollowUp(d).getId(),
				REGISTERED.plusDays(2), true, "x", Satisfaction.SATISFIED, 5L))
			.hasFieldOrPropertyWithValue("code", "mediation.followUp.beforeOutcome");
		assertThatThrownBy(() -> this.mediation.requestClosure(ML, d.getId(), 0)).hasFieldOrPropertyWithValue("code",
				"mediation.closure.followUpRequired");
		this.mediation.completeFollowUp(ML, d.getId(), 0, openFollowUp(d).getId(), REGISTERED.plusDays(11), true, "已履行",
				Satisfaction.SATISFIED, 5L);
		this.mediation.requestClosure(ML, d.getId(), 0);
		this.mediation.approveClosure(ML, d.getId(), 0, 9L);
		assertThat(d.getStatus()).isEqualTo(DisputeStatus.CLOSED);
		assertThat(this.fixture.cases.calls).isEmpty();
	}

	@Test
	void refusesAnAgreementBeforeTheLastSessionAndACaseReferralForPeoplesMediation() {
		Dispute d = this.fixture.dispute(DisputeKind.PEOPLE, REGISTERED);
		this.mediation.recordSession(ML, d.getId(), 0, REGISTERED.plusDays(2), SessionMode.IN_PERSON, "", "双方", "笔录",
				5L);
		assertThatThrownBy(() -> this.mediation.recordAgreement(ML, d.getId(), 0,
				InMemoryMediation.agreement(REGISTERED.plusDays(1), REGISTERED.plusDays(5))))
			.hasFieldOrPropertyWithValue("code", "mediation.agreement.beforeSession");
		assertThatThrownBy(() -> this.mediation.recordFailure(ML, d.getId(), 0, REGISTERED.plusDays(3), "x",
				Referral.CASE_CONTINUES))
			.hasFieldOrPropertyWithValue("code", "mediation.failure.caseOnlyForPolice");
	}

	@Test
	void refusesAStaleVersionAndAnotherStationsDispute() {
		Dispute d = this.fixture.dispute(DisputeKind.PEOPLE, REGISTERED);
		assertThatThrownBy(() -> this.mediation.recordSession(ML, d.getId(), 3, REGISTERED, SessionMode.IN_PERSON, "",
				"双方", "笔录", 5L))
			.hasFieldOrPropertyWithValue("code", "common.error.staleVersion");
		assertThatThrownBy(() -> this.mediation.recordSession(Scope.station(2L), d.getId(), 0, REGISTERED,
				SessionMode.IN_PERSON, "", "双方", "笔录", 5L))
			.isInstanceOf(DisputeNotFoundException.class);
	}

}
