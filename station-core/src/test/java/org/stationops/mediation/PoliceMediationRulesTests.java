package org.stationops.mediation;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.stationops.shared.RuleViolationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PoliceMediationRulesTests {

	static final List<PoliceMediationRule> RULES = List.of(
			new PoliceMediationRule("ASSAULT", RuleKind.OFFENCE, "殴打他人", "Assault", "程序规定第178条第1款"),
			new PoliceMediationRule("PROPERTY_DAMAGE", RuleKind.OFFENCE, "故意损毁财物", "Damage", "程序规定第178条第1款"),
			new PoliceMediationRule("TRIVIAL_MATTERS", RuleKind.GROUND, "邻里琐事", "Trivial", "程序规定第178条第1款第1项"),
			new PoliceMediationRule("GANG_FIGHT", RuleKind.EXCLUSION, "结伙斗殴或者其他寻衅滋事的", "Gang", "程序规定第179条第2项"),
			new PoliceMediationRule("UNWILLING", RuleKind.EXCLUSION, "当事人明确表示不愿意调解处理的", "Unwilling", "程序规定第179条第4项"));

	final WorkingDayCalendar calendar = new InMemoryMediation(InMemoryMediation.TODAY).calendar;

	@Test
	void allowsAnAssaultArisingFromTrivialMattersBetweenNeighbours() {
		assertThatCode(() -> PoliceMediationRules.checkEligible("ASSAULT", "TRIVIAL_MATTERS", List.of(), RULES))
			.doesNotThrowAnyException();
	}

	@Test
	void refusesAnOffenceArticle178DoesNotList() {
		assertThatThrownBy(() -> PoliceMediationRules.checkEligible("THEFT", "TRIVIAL_MATTERS", List.of(), RULES))
			.isInstanceOf(RuleViolationException.class)
			.hasFieldOrPropertyWithValue("code", "mediation.police.offence.notEligible")
			.hasFieldOrPropertyWithValue("field", "offenceCode");
		assertThatThrownBy(() -> PoliceMediationRules.checkEligible(null, "TRIVIAL_MATTERS", List.of(), RULES))
			.hasFieldOrPropertyWithValue("code", "mediation.police.offence.notEligible");
	}

	@Test
	void refusesAMinorOffenceWithoutACircumstanceThatAllowsMediation() {
		assertThatThrownBy(() -> PoliceMediationRules.checkEligible("ASSAULT", null, List.of(), RULES))
			.hasFieldOrPropertyWithValue("code", "mediation.police.ground.required");
		assertThatThrownBy(() -> PoliceMediationRules.checkEligible("ASSAULT", "GANG_FIGHT", List.of(), RULES))
			.hasFieldOrPropertyWithValue("code", "mediation.police.ground.required");
	}

	@Test
	void refusesWhenAnExclusionOfArticle179AppliesAndNamesTheArticle() {
		assertThatThrownBy(
				() -> PoliceMediationRules.checkEligible("ASSAULT", "TRIVIAL_MATTERS", List.of("GANG_FIGHT"), RULES))
			.isInstanceOf(RuleViolationException.class)
			.hasFieldOrPropertyWithValue("code", "mediation.police.excluded")
			.satisfies(ex -> assertThat(((RuleViolationException) ex).getArguments()).contains("程序规定第179条第2项"));
	}

	@Test
	void countsTheThreeWorkingDaysForTheFirstSessionAcrossWeekendAndHolidays() {
		// Wednesday 30 September; 1-7 October 国庆 (the 3rd and 4th a weekend): 8, 9 and 12
		// October.
		assertThat(PoliceMediationRules.firstSessionDeadline(LocalDate.of(2026, 9, 30), this.calendar))
			.isEqualTo(LocalDate.of(2026, 10, 12));
	}

	@Test
	void warnsOfALateFirstSessionInsteadOfRefusingIt() {
		// 治安调解工作规范 第9条: a session that really happened is recorded; lateness is a warning
		LocalDate accepted = LocalDate.of(2026, 9, 30);
		assertThatCode(
				() -> PoliceMediationRules.checkSession(accepted, List.of(), LocalDate.of(2026, 10, 13), this.calendar))
			.doesNotThrowAnyException();
		assertThat(PoliceMediationRules.firstSessionLate(accepted, List.of(LocalDate.of(2026, 10, 12)), this.calendar))
			.isFalse();
		assertThat(PoliceMediationRules.firstSessionLate(accepted, List.of(LocalDate.of(2026, 10, 13)), this.calendar))
			.isTrue();
	}

	@Test
	void countsTheFirstSessionFromTheAppraisalDocumentWhenLater() {
		assertThat(PoliceMediationRules.firstSessionStart(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 30)))
			.isEqualTo(LocalDate.of(2026, 12, 30));
		assertThat(PoliceMediationRules.firstSessionStart(LocalDate.of(2026, 12, 1), null))
			.isEqualTo(LocalDate.of(2026, 12, 1));
	}

	@Test
	void judicialConfirmationRollsPastRestDays() {
		// 人民调解法 第33条 + 民事诉讼法 第85条: 2026-09-05 + 30 = 10-05 (国庆) -> 10-08
		assertThat(PeopleMediationRules.confirmationDeadline(LocalDate.of(2026, 9, 5), this.calendar))
			.isEqualTo(LocalDate.of(2026, 10, 8));
	}

	@Test
	void requiresASecondSessionWithinSevenWorkingDaysOfTheFirst() {
		LocalDate registered = LocalDate.of(2026, 10, 12);
		List<LocalDate> first = List.of(LocalDate.of(2026, 10, 13));
		// Tuesday 13 October + 7 working days = Thursday 22 October.
		assertThat(PoliceMediationRules.secondSessionDeadline(first.get(0), this.calendar))
			.isEqualTo(LocalDate.of(2026, 10, 22));
		assertThatCode(
				() -> PoliceMediationRules.checkSession(registered, first, LocalDate.of(2026, 10, 22), this.calendar))
			.doesNotThrowAnyException();
		assertThatThrownBy(
				() -> PoliceMediationRules.checkSession(registered, first, LocalDate.of(2026, 10, 23), this.calendar))
			.hasFieldOrPropertyWithValue("code", "mediation.police.session.secondLate");
	}

	@Test
	void refusesAThirdSession() {
		LocalDate registered = LocalDate.of(2026, 10, 12);
		assertThatThrownBy(() -> PoliceMediationRules.checkSession(registered,
				List.of(LocalDate.of(2026, 10, 13), LocalDate.of(2026, 10, 14)), LocalDate.of(2026, 10, 15),
				this.calendar))
			.hasFieldOrPropertyWithValue("code", "mediation.police.session.tooMany");
		assertThat(PoliceMediationRules.nextSessionDeadline(registered,
				List.of(LocalDate.of(2026, 10, 13), LocalDate.of(2026, 10, 14)), this.calendar))
			.isNull();
	}

}
