package org.stationops.youth;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.stationops.shared.RuleViolationException;
import org.stationops.shared.Scope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class YouthGroupTests {

	static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

	static YouthGroup referredGroup() {
		return new YouthGroup(1L, 7L, "周涛", new Referral("林小海", "", LocalDate.of(2011, 3, 15), "二中", "林国平",
				"13905800101", ReferralSource.SCHOOL, "二中德育处", "逃学", 7L, TODAY.minusDays(30), TODAY));
	}

	@Test
	void opensWithTheOfficerAsFirstMember() {
		assertThat(referredGroup().getMembers()).extracting(GroupMember::getRole).containsExactly(MemberRole.OFFICER);
	}

	@Test
	void refusesReferringAnAdult() {
		assertThatThrownBy(() -> new YouthGroup(1L, 7L, "周涛",
				new Referral("林大海", "", LocalDate.of(2000, 1, 1), "", "", "", ReferralSource.COMMUNITY, "社区", "x", 7L,
						TODAY, TODAY)))
			.isInstanceOf(RuleViolationException.class)
			.hasMessageContaining("youth.minorBirthDate.adult");
	}

	@Test
	void refusesReviewWithoutPlanOrWork() {
		YouthGroup group = referredGroup();
		assertThatThrownBy(() -> group.review(TODAY, "ok", TODAY.plusMonths(3), TODAY))
			.hasMessageContaining("youth.review.noPlan");
		group.setPlan("每周例会");
		assertThatThrownBy(() -> group.review(TODAY, "ok", TODAY.plusMonths(3), TODAY))
			.hasMessageContaining("youth.review.nothingDone");
		group.recordMeeting(TODAY.minusDays(7), "全体", "纪要", TODAY);
		group.review(TODAY, "好转", TODAY.plusMonths(3), TODAY);
		assertThat(group.getReviewOn()).isEqualTo(TODAY.plusMonths(3));
		assertThat(group.isReviewDue(TODAY)).isFalse();
	}

	@Test
	void refusesMeetingsBeforeTheReferralOrInTheFuture() {
		YouthGroup group = referredGroup();
		assertThatThrownBy(() -> group.recordMeeting(TODAY.minusDays(31), "", "纪要", TODAY))
			.hasMessageContaining("youth.day.beforeReferral");
		assertThatThrownBy(() -> group.recordVisit(TODAY.plusDays(1), "家中", VisitOutcome.STABLE, "", TODAY))
			.hasMessageContaining("youth.day.future");
	}

	@Test
	void closedFileRefusesFurtherWork() {
		YouthGroup group = referredGroup();
		group.close(ClosingReason.MOVED_AWAY, "随父母迁往宁波", TODAY, TODAY);
		assertThat(group.getStatus()).isEqualTo(GroupStatus.CLOSED);
		assertThatThrownBy(() -> group.setPlan("x")).hasMessageContaining("youth.closed");
	}

	@Test
	void masksTheMinorsNameForLists() {
		assertThat(referredGroup().getMaskedMinorName()).isEqualTo("林**");
	}

	@Test
	void onlyTheGroupOfficerAndTheStationSupervisorMayRead() {
		YouthGroup group = referredGroup();
		assertThat(new YouthReader(Scope.station(1L), 7L, "zhou", false).mayRead(group)).isTrue();
		assertThat(new YouthReader(Scope.station(1L), 8L, "wu", false).mayRead(group)).isFalse();
		assertThat(new YouthReader(Scope.station(1L), 9L, "zheng", true).mayRead(group)).isTrue();
		assertThat(new YouthReader(Scope.station(2L), 10L, "wang", true).mayRead(group)).isFalse();
		assertThat(new YouthReader(Scope.bureau(), 11L, "bureau", true).mayRead(group)).isFalse();
	}

}
