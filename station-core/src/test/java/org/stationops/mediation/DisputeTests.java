package org.stationops.mediation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The guarded verbs of {@link Dispute}: each refuses an illegal move with the message the
 * form shows, without changing the file.
 */
class DisputeTests {

	static final LocalDate REGISTERED = LocalDate.of(2026, 10, 8);

	/** 2026-10-30 10:00 at the station. */
	static final Instant NOW = LocalDate.of(2026, 10, 30).atTime(10, 0).atZone(InMemoryMediation.ZONE).toInstant();

	static final WorkingDayCalendar CALENDAR = new InMemoryMediation.HolidayCalendar(java.util.Set.of());

	static Dispute dispute(DisputeKind kind) {
		boolean police = kind == DisputeKind.POLICE;
		return new Dispute(1L, "ML-T-1",
				new DisputeDetails(kind, DisputeSource.WALK_IN, "NEIGHBOUR", "邻里纠纷", "", "", null, 2, RiskGrade.BLUE,
						false, "", null, police ? 77L : null, police ? "ASSAULT" : null,
						police ? "TRIVIAL_MATTERS" : null, REGISTERED),
				5L, Instant.EPOCH);
	}

	static List<Party> parties(Dispute d) {
		return List.of(
				new Party(d,
						new PartyDetails(PartyType.PERSON, PartyRole.APPLICANT, "王五", "", "11010519491231002X", "",
								"")),
				new Party(d, new PartyDetails(PartyType.PERSON, PartyRole.RESPONDENT, "赵六", "", "440524188001010014",
						"", "")));
	}

	static List<MediationSession> sessionOn(Dispute d, LocalDate day) {
		return List.of(new MediationSession(d, day, SessionMode.IN_PERSON, "调解室", "双方", "笔录", 5L));
	}

	static Dispute agreed(DisputeKind kind) {
		Dispute d = dispute(kind);
		d.recordAgreement(InMemoryMediation.agreement(REGISTERED.plusDays(1), REGISTERED.plusDays(5)),
				sessionOn(d, REGISTERED.plusDays(1)), parties(d), 1, NOW);
		return d;
	}

	static Dispute failed() {
		Dispute d = dispute(DisputeKind.POLICE);
		d.recordFailure(REGISTERED.plusDays(2), "分歧大", Referral.CASE_CONTINUES, NOW);
		return d;
	}

	static Dispute closureRequested() {
		Dispute d = failed();
		FollowUp visit = new FollowUp(d, REGISTERED.plusDays(9));
		d.completeFollowUp(visit, REGISTERED.plusDays(9), null, "已转办", Satisfaction.SATISFIED, 5L, NOW);
		d.requestClosure(List.of(visit), NOW);
		return d;
	}

	static Dispute closed() {
		Dispute d = closureRequested();
		d.approveClosure(9L, NOW);
		return d;
	}

	static Stream<Arguments> filesNoLongerOpen() {
		return Stream.of(Arguments.of(Named.of("agreed", agreed(DisputeKind.PEOPLE))),
				Arguments.of(Named.of("failed", failed())),
				Arguments.of(Named.of("closure requested", closureRequested())),
				Arguments.of(Named.of("closed", closed())));
	}

	static Stream<Arguments> changesThatNeedAnOpenFile() {
		return Stream
			.of(verb("a session", d -> d.recordSession(REGISTERED.plusDays(1), List.of(), CALENDAR, NOW)),
					verb("a party", d -> d
						.addParty(new PartyDetails(PartyType.PERSON, PartyRole.APPLICANT, "钱七", "", "", "", ""), NOW)),
					verb("a mediator", d -> d.assignMediator(6L, null, List.of(), NOW)),
					verb("an agreement",
							d -> d.recordAgreement(
									InMemoryMediation.agreement(REGISTERED.plusDays(3), REGISTERED.plusDays(5)),
									sessionOn(d, REGISTERED.plusDays(1)), parties(d), 1, NOW)),
					verb("a failure", d -> d.recordFailure(REGISTERED.plusDays(3), "x", Referral.COURT, NOW)));
	}

	static Arguments verb(String name, Consumer<Dispute> verb) {
		return Arguments.of(Named.of(name, verb));
	}

	static Stream<Arguments> everyClosedVerbOnEveryFileNoLongerOpen() {
		return filesNoLongerOpen()
			.flatMap(file -> changesThatNeedAnOpenFile().map(verb -> Arguments.of(file.get()[0], verb.get()[0])));
	}

	@ParameterizedTest(name = "{1} on a file {0}")
	@MethodSource("everyClosedVerbOnEveryFileNoLongerOpen")
	void refusesChangesThatNeedTheMediationOpen(Dispute file, Consumer<Dispute> verb) {
		DisputeStatus before = file.getStatus();
		assertThatThrownBy(() -> verb.accept(file)).hasFieldOrPropertyWithValue("code", "mediation.error.notOpen");
		assertThat(file.getStatus()).isEqualTo(before);
	}

	static Stream<Arguments> sessionDays() {
		return Stream.of(Arguments.of(REGISTERED.minusDays(1), "mediation.session.beforeRegistration"),
				Arguments.of(LocalDate.of(2026, 10, 31), "mediation.date.future"));
	}

	@ParameterizedTest(name = "a session on {0} is refused with {1}")
	@MethodSource("sessionDays")
	void refusesASessionBeforeTheRegistrationOrInTheFuture(LocalDate day, String code) {
		assertThatThrownBy(() -> dispute(DisputeKind.PEOPLE).recordSession(day, List.of(), CALENDAR, NOW))
			.hasFieldOrPropertyWithValue("code", code);
	}

	@Test
	void recordsALateFirstPoliceSessionAndLeavesTheWarningToTheFile() {
		// Thursday 8 October + 3 working days = Tuesday 13 October: a session held on the
		// 14th
		// really happened, so it is recorded (治安调解工作规范 §9 is a duty, not a bar) and the
		// dispute file warns that it came late.
		dispute(DisputeKind.POLICE).recordSession(LocalDate.of(2026, 10, 14), List.of(), CALENDAR, NOW);
		assertThat(PoliceMediationRules.firstSessionLate(REGISTERED, List.of(LocalDate.of(2026, 10, 14)), CALENDAR))
			.isTrue();
		assertThat(PoliceMediationRules.firstSessionLate(REGISTERED, List.of(LocalDate.of(2026, 10, 13)), CALENDAR))
			.isFalse();
	}

	@Test
	void countsTheFirstPoliceSessionFromTheLinkedCasesAcceptanceRatherThanTheRegistration() {
		Dispute d = dispute(DisputeKind.POLICE);
		LocalDate accepted = REGISTERED.minusDays(2);
		assertThat(d.firstSessionStart(accepted)).isEqualTo(accepted);
		assertThat(d.firstSessionStart(null)).isEqualTo(REGISTERED);
	}

	@Test
	void refusesAnAgreementWithoutASessionOrBeforeTheLastOne() {
		Dispute d = dispute(DisputeKind.PEOPLE);
		Agreement agreement = InMemoryMediation.agreement(REGISTERED.plusDays(1), REGISTERED.plusDays(5));
		assertThatThrownBy(() -> d.recordAgreement(agreement, List.of(), parties(d), 1, NOW))
			.hasFieldOrPropertyWithValue("code", "mediation.agreement.sessionRequired");
		assertThatThrownBy(() -> d.recordAgreement(agreement, sessionOn(d, REGISTERED.plusDays(2)), parties(d), 1, NOW))
			.hasFieldOrPropertyWithValue("code", "mediation.agreement.beforeSession");
		assertThatThrownBy(() -> d.recordAgreement(agreement, sessionOn(d, REGISTERED), parties(d), 0, NOW))
			.hasFieldOrPropertyWithValue("code", "mediation.agreement.mediatorRequired");
		assertThat(d.getStatus()).isEqualTo(DisputeStatus.OPEN);
	}

	@Test
	void recordsTheAgreementAndSchedulesTheFollowUpOnThePerformanceDeadline() {
		Dispute d = dispute(DisputeKind.PEOPLE);
		FollowUp visit = d.recordAgreement(InMemoryMediation.agreement(REGISTERED.plusDays(1), REGISTERED.plusDays(5)),
				sessionOn(d, REGISTERED.plusDays(1)), parties(d), 1, NOW);
		assertThat(d.getStatus()).isEqualTo(DisputeStatus.AGREED);
		assertThat(d.getPerformanceDeadline()).isEqualTo(REGISTERED.plusDays(5));
		assertThat(visit.getDueOn()).isEqualTo(REGISTERED.plusDays(5));
	}

	@Test
	void refusesACaseReferralForPeoplesMediationAndFollowsAFailureUpAWeekLater() {
		assertThatThrownBy(() -> dispute(DisputeKind.PEOPLE).recordFailure(REGISTERED.plusDays(2), "x",
				Referral.CASE_CONTINUES, NOW))
			.hasFieldOrPropertyWithValue("code", "mediation.failure.caseOnlyForPolice");
		Dispute d = dispute(DisputeKind.POLICE);
		FollowUp visit = d.recordFailure(REGISTERED.plusDays(2), "分歧大", Referral.CASE_CONTINUES, NOW);
		assertThat(d.getStatus()).isEqualTo(DisputeStatus.FAILED);
		assertThat(visit.getDueOn()).isEqualTo(REGISTERED.plusDays(2 + Dispute.FAILURE_FOLLOW_UP_DAYS));
	}

	@Test
	void refusesAFollowUpBeforeAnOutcomeBeforeItsDayOrWithoutSayingWhetherTheAgreementWasPerformed() {
		Dispute open = dispute(DisputeKind.PEOPLE);
		assertThatThrownBy(() -> open.completeFollowUp(new FollowUp(open, REGISTERED), REGISTERED.plusDays(1), true,
				"x", Satisfaction.SATISFIED, 5L, NOW))
			.hasFieldOrPropertyWithValue("code", "mediation.followUp.noOutcome");
		Dispute d = agreed(DisputeKind.POLICE);
		FollowUp visit = new FollowUp(d, REGISTERED.plusDays(5));
		assertThatThrownBy(() -> d.completeFollowUp(visit, REGISTERED, true, "x", Satisfaction.SATISFIED, 5L, NOW))
			.hasFieldOrPropertyWithValue("code", "mediation.followUp.beforeOutcome");
		assertThatThrownBy(
				() -> d.completeFollowUp(visit, REGISTERED.plusDays(6), null, "x", Satisfaction.SATISFIED, 5L, NOW))
			.hasFieldOrPropertyWithValue("code", "mediation.followUp.performedRequired");
		assertThat(visit.isDone()).isFalse();
	}

	@Test
	void theFirstVisitAfterTheAgreementRecordsWhetherItWasPerformedAndAVisitIsDoneOnce() {
		Dispute d = agreed(DisputeKind.POLICE);
		FollowUp first = new FollowUp(d, REGISTERED.plusDays(5));
		assertThat(d.completeFollowUp(first, REGISTERED.plusDays(6), false, "未赔付", Satisfaction.DISSATISFIED, 5L, NOW))
			.isTrue();
		assertThat(d.getPerformed()).isFalse();
		assertThat(d.getPerformedOn()).isEqualTo(REGISTERED.plusDays(6));
		assertThatThrownBy(
				() -> d.completeFollowUp(first, REGISTERED.plusDays(7), true, "x", Satisfaction.SATISFIED, 5L, NOW))
			.hasFieldOrPropertyWithValue("code", "mediation.followUp.alreadyDone");
		FollowUp second = new FollowUp(d, REGISTERED.plusDays(8));
		assertThat(d.completeFollowUp(second, REGISTERED.plusDays(8), true, "已赔付", Satisfaction.SATISFIED, 5L, NOW))
			.isFalse();
		assertThat(d.getPerformed()).isFalse();
	}

	@Test
	void closesOnlyAfterTheOutcomeAndEveryFollowUpAndOnlyWhenRequested() {
		Dispute open = dispute(DisputeKind.PEOPLE);
		assertThatThrownBy(() -> open.requestClosure(List.of(), NOW)).hasFieldOrPropertyWithValue("code",
				"mediation.closure.noOutcome");
		Dispute d = failed();
		FollowUp visit = new FollowUp(d, REGISTERED.plusDays(9));
		assertThatThrownBy(() -> d.requestClosure(List.of(visit), NOW)).hasFieldOrPropertyWithValue("code",
				"mediation.closure.followUpRequired");
		assertThatThrownBy(() -> d.approveClosure(9L, NOW)).hasFieldOrPropertyWithValue("code",
				"mediation.closure.notRequested");
		Dispute requested = closureRequested();
		assertThat(requested.getClosureRequestedOn()).isEqualTo(LocalDate.of(2026, 10, 30));
		requested.approveClosure(9L, NOW);
		assertThat(requested.getStatus()).isEqualTo(DisputeStatus.CLOSED);
		assertThat(requested.getClosedBy()).isEqualTo(9L);
	}

	@Test
	void aReturnedClosureNeedsAReasonAndGoesBackToTheOutcome() {
		Dispute d = closureRequested();
		assertThatThrownBy(() -> d.returnClosure(" ", NOW)).hasFieldOrPropertyWithValue("code",
				"mediation.closure.reasonRequired");
		d.returnClosure("补充回访记录", NOW);
		assertThat(d.getStatus()).isEqualTo(DisputeStatus.FAILED);
		assertThat(d.getClosureRequestedOn()).isNull();
		assertThatThrownBy(() -> d.returnClosure("再退", NOW)).hasFieldOrPropertyWithValue("code",
				"mediation.closure.notRequested");
	}

	@Test
	void escalationNeedsAReasonAndTurnsTheFileRedOnce() {
		Dispute d = dispute(DisputeKind.PEOPLE);
		assertThatThrownBy(() -> d.changeRisk(RiskGrade.YELLOW, true, "", NOW)).hasFieldOrPropertyWithValue("code",
				"mediation.escalation.reasonRequired");
		assertThat(d.changeRisk(RiskGrade.YELLOW, true, "扬言报复", NOW)).isTrue();
		assertThat(d.getRiskGrade()).isEqualTo(RiskGrade.RED);
		assertThat(d.changeRisk(RiskGrade.YELLOW, true, "扬言报复", NOW)).isFalse();
		assertThat(d.getRiskGrade()).isEqualTo(RiskGrade.YELLOW);
		d.changeRisk(RiskGrade.BLUE, false, "ignored", NOW);
		assertThat(d.isEscalated()).isFalse();
		assertThat(d.getEscalationReason()).isEmpty();
	}

	@Test
	void assignsAMediatorOnceAndExactlyOneOfOfficerOrContact() {
		Dispute d = dispute(DisputeKind.PEOPLE);
		assertThatThrownBy(() -> d.assignMediator(null, null, List.of(), NOW)).hasFieldOrPropertyWithValue("code",
				"mediation.mediator.chooseOne");
		assertThatThrownBy(() -> d.assignMediator(5L, 3L, List.of(), NOW)).hasFieldOrPropertyWithValue("code",
				"mediation.mediator.chooseOne");
		MediatorAssignment first = d.assignMediator(null, 3L, List.of(), NOW);
		assertThatThrownBy(() -> d.assignMediator(null, 3L, List.of(first), NOW)).hasFieldOrPropertyWithValue("code",
				"mediation.mediator.duplicate");
		d.assignMediator(5L, null, List.of(first), NOW);
	}

	@Test
	void aClosedFileIsNotCorrectedAndAStaleVersionIsRefused() {
		Dispute d = closed();
		assertThatThrownBy(() -> d.correct(new DisputeDetails(DisputeKind.PEOPLE, DisputeSource.WALK_IN, "NEIGHBOUR",
				"新标题", "", "", null, 2, RiskGrade.BLUE, false, "", null, null, null, null, REGISTERED), NOW))
			.hasFieldOrPropertyWithValue("code", "mediation.error.closed");
		assertThatThrownBy(() -> d.checkVersion(1)).hasFieldOrPropertyWithValue("code", "common.error.staleVersion");
		d.checkVersion(0);
	}

}
