package org.stationops.practitioners;

import java.lang.reflect.Field;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.stationops.shared.AbstractEntity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PractitionerCampaignTests {

	static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

	static PractitionerCampaign courierCampaign() {
		return new PractitionerCampaign(1L, "寄递从业人员排查", TODAY.minusDays(10), TODAY.plusDays(20),
				EnumSet.of(Trade.COURIER, Trade.VESSEL_CREW));
	}

	static Practitioner practitioner(long id, Trade trade) {
		Practitioner p = new Practitioner(1L, 9L, "快递员" + id, "11010519491231002X", "", trade);
		try {
			Field field = AbstractEntity.class.getDeclaredField("id");
			field.setAccessible(true);
			field.set(p, id);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException(ex);
		}
		return p;
	}

	@Test
	void refusesACampaignWithoutTradesOrEndingBeforeItStarts() {
		assertThatThrownBy(() -> new PractitionerCampaign(1L, "x", TODAY, TODAY.minusDays(1), Set.of(Trade.COURIER)))
			.hasMessageContaining("practitioners.campaign.endBeforeStart");
		assertThatThrownBy(() -> new PractitionerCampaign(1L, "x", TODAY, TODAY, Set.of()))
			.hasMessageContaining("practitioners.campaign.tradesRequired");
	}

	@Test
	void checksEachPractitionerOnceAndOnlyInItsTrades() {
		PractitionerCampaign campaign = courierCampaign();
		campaign.check(practitioner(1, Trade.COURIER), TODAY, "周涛", Finding.CLEAR, "", "", TODAY);
		assertThatThrownBy(
				() -> campaign.check(practitioner(1, Trade.COURIER), TODAY, "周涛", Finding.CLEAR, "", "", TODAY))
			.hasMessageContaining("practitioners.check.already");
		assertThatThrownBy(
				() -> campaign.check(practitioner(2, Trade.SECURITY_GUARD), TODAY, "周涛", Finding.CLEAR, "", "", TODAY))
			.hasMessageContaining("practitioners.check.notTargeted");
		assertThatThrownBy(() -> campaign.check(practitioner(3, Trade.COURIER), TODAY.minusDays(11), "周涛",
				Finding.CLEAR, "", "", TODAY))
			.hasMessageContaining("practitioners.check.outsideWindow");
		assertThat(campaign.getChecks()).hasSize(1);
	}

	@Test
	void aConcernNeedsItsFollowUpBeforeTheCampaignCloses() {
		PractitionerCampaign campaign = courierCampaign();
		assertThatThrownBy(() -> campaign.check(practitioner(4, Trade.VESSEL_CREW), TODAY, "周涛", Finding.CONCERN,
				"无有效劳动合同", "", TODAY))
			.hasMessageContaining("practitioners.check.concernNeedsFollowUp");
		campaign.check(practitioner(4, Trade.VESSEL_CREW), TODAY, "周涛", Finding.CONCERN, "无有效劳动合同", "督促船东补签", TODAY);
		assertThat(campaign.concerns()).isEqualTo(1);
		assertThatThrownBy(campaign::close).hasMessageContaining("practitioners.campaign.openFollowUps");
		assertThatThrownBy(() -> campaign.followUpDone(0, TODAY, "", TODAY))
			.hasMessageContaining("practitioners.followUp.outcomeRequired");
		campaign.followUpDone(0, TODAY, "已补签合同", TODAY);
		assertThat(campaign.openFollowUps()).isZero();
		campaign.close();
		assertThat(campaign.isClosed()).isTrue();
		assertThatThrownBy(
				() -> campaign.check(practitioner(5, Trade.COURIER), TODAY, "周涛", Finding.CLEAR, "", "", TODAY))
			.hasMessageContaining("practitioners.campaign.closed");
	}

	@Test
	void refusesAPractitionerWithAnInvalidIdNumber() {
		assertThatThrownBy(() -> new Practitioner(1L, 9L, "保安", "110105194912310021", "", Trade.SECURITY_GUARD))
			.hasMessageContaining("practitioners.idNumber.invalid");
	}

}
