package org.stationops.mediation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.stationops.shared.RuleViolationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PeopleMediationRulesTests {

	final InMemoryMediation fixture = new InMemoryMediation(InMemoryMediation.TODAY);

	final Dispute dispute = this.fixture.dispute(DisputeKind.PEOPLE, InMemoryMediation.TODAY);

	final LocalDate day = InMemoryMediation.TODAY;

	List<Party> parties() {
		return this.fixture.parties.where(p -> p.getDisputeId().equals(this.dispute.getId()));
	}

	@Test
	void acceptsAnAgreementWithEveryContentOfArticle29() {
		assertThatCode(
				() -> PeopleMediationRules.checkContents(InMemoryMediation.agreement(this.day, this.day), parties(), 1))
			.doesNotThrowAnyException();
	}

	@Test
	void refusesAnAgreementWithoutTheResponsibilitiesOrTheTerms() {
		Agreement noResponsibilities = new Agreement(this.day, "事实", " ", "条款", null, "当场", this.day);
		assertThatThrownBy(() -> PeopleMediationRules.checkContents(noResponsibilities, parties(), 1))
			.hasFieldOrPropertyWithValue("field", "responsibilities")
			.hasFieldOrPropertyWithValue("code", "mediation.agreement.contentRequired");
		Agreement noTerms = new Agreement(this.day, "事实", "责任", "", null, "当场", this.day);
		assertThatThrownBy(() -> PeopleMediationRules.checkContents(noTerms, parties(), 1))
			.hasFieldOrPropertyWithValue("field", "terms");
		Agreement noManner = new Agreement(this.day, "事实", "责任", "条款", null, "", this.day);
		assertThatThrownBy(() -> PeopleMediationRules.checkContents(noManner, parties(), 1))
			.hasFieldOrPropertyWithValue("field", "performanceManner");
	}

	@Test
	void refusesAnAgreementWithoutTheParticularsOfBothParties() {
		assertThatThrownBy(() -> PeopleMediationRules.checkContents(InMemoryMediation.agreement(this.day, this.day),
				parties().subList(0, 1), 1))
			.hasFieldOrPropertyWithValue("code", "mediation.agreement.partiesRequired");
		Party anonymous = new Party(this.dispute,
				new PartyDetails(PartyType.PERSON, PartyRole.RESPONDENT, "无名", "", "", "", ""));
		assertThatThrownBy(() -> PeopleMediationRules.checkContents(InMemoryMediation.agreement(this.day, this.day),
				List.of(parties().get(0), anonymous), 1))
			.isInstanceOf(RuleViolationException.class)
			.hasFieldOrPropertyWithValue("code", "mediation.agreement.partyParticulars");
	}

	@Test
	void refusesAnAgreementWithoutAMediatorOrWithADeadlineBeforeIt() {
		assertThatThrownBy(
				() -> PeopleMediationRules.checkContents(InMemoryMediation.agreement(this.day, this.day), parties(), 0))
			.hasFieldOrPropertyWithValue("code", "mediation.agreement.mediatorRequired");
		assertThatThrownBy(() -> PeopleMediationRules
			.checkContents(InMemoryMediation.agreement(this.day, this.day.minusDays(1)), parties(), 1))
			.hasFieldOrPropertyWithValue("field", "performanceDeadline");
	}

	@Test
	void refusesAnAmountTheFileCannotKeepAsWritten() {
		for (String amount : List.of("1e20", "1000000000000", "1.234", "-0.01")) {
			Agreement agreement = new Agreement(this.day, "事实", "责任", "条款", new BigDecimal(amount), "当场", this.day);
			assertThatThrownBy(() -> PeopleMediationRules.checkContents(agreement, parties(), 1)).as(amount)
				.hasFieldOrPropertyWithValue("field", "amount")
				.hasFieldOrPropertyWithValue("code", "mediation.agreement.amountRange");
		}
		for (String amount : List.of("0", "3000.50", "999999999999.99", "12.500")) {
			Agreement agreement = new Agreement(this.day, "事实", "责任", "条款", new BigDecimal(amount), "当场", this.day);
			assertThatCode(() -> PeopleMediationRules.checkContents(agreement, parties(), 1)).as(amount)
				.doesNotThrowAnyException();
		}
	}

	@Test
	void givesThePartiesThirtyDaysToAskACourtToConfirmTheAgreement() {
		assertThat(PeopleMediationRules.confirmationDeadline(LocalDate.of(2026, 9, 30)))
			.isEqualTo(LocalDate.of(2026, 10, 30));
	}

}
