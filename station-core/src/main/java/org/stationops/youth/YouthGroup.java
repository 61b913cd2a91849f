package org.stationops.youth;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;
import org.stationops.shared.AbstractEntity;
import org.stationops.shared.Masking;
import org.stationops.shared.RuleViolationException;

/**
 * A youth assistance group and the minor's file. Its verbs check their own preconditions
 * and refuse with a message key; only {@link YouthService} calls them.
 */
@Entity
@Table(name = "youth_groups")
public class YouthGroup extends AbstractEntity {

	private Long stationId = 0L;

	private Long officerId = 0L;

	private String minorName = "";

	private String minorIdNumber = "";

	private LocalDate minorBirthDate = LocalDate.EPOCH;

	private String school = "";

	private String guardianName = "";

	private String guardianPhone = "";

	@Enumerated(EnumType.STRING)
	private ReferralSource referralSource = ReferralSource.SCHOOL;

	private String referralReference = "";

	private String situation = "";

	private String plan = "";

	private LocalDate referredOn = LocalDate.EPOCH;

	private LocalDate reviewOn = LocalDate.EPOCH;

	private @Nullable LocalDate lastReviewedOn;

	private String reviewNote = "";

	@Enumerated(EnumType.STRING)
	private GroupStatus status = GroupStatus.OPEN;

	@Enumerated(EnumType.STRING)
	private @Nullable ClosingReason closingReason;

	private String closingNote = "";

	private @Nullable LocalDate closedOn;

	@ElementCollection
	@CollectionTable(name = "youth_group_members", joinColumns = @JoinColumn(name = "group_id"))
	@OrderColumn(name = "position")
	private List<GroupMember> members = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "youth_group_meetings", joinColumns = @JoinColumn(name = "group_id"))
	@OrderColumn(name = "position")
	private List<Meeting> meetings = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "youth_group_visits", joinColumns = @JoinColumn(name = "group_id"))
	@OrderColumn(name = "position")
	private List<Visit> visits = new ArrayList<>();

	protected YouthGroup() {
	}

	/**
	 * Opens a group for a referred minor with the group's officer as its first member.
	 * Refuses a person of 18 or more on the referral day and a review before the
	 * referral.
	 */
	YouthGroup(Long stationId, Long officerId, String officerName, Referral referral) {
		if (!referral.minorBirthDate().isBefore(referral.referredOn())) {
			throw RuleViolationException.onField("minorBirthDate", "youth.minorBirthDate.future");
		}
		if (Period.between(referral.minorBirthDate(), referral.referredOn()).getYears() >= 18) {
			throw RuleViolationException.onField("minorBirthDate", "youth.minorBirthDate.adult");
		}
		if (referral.reviewOn().isBefore(referral.referredOn())) {
			throw RuleViolationException.onField("reviewOn", "youth.reviewOn.beforeReferral");
		}
		this.stationId = stationId;
		this.officerId = officerId;
		this.minorName = referral.minorName();
		this.minorIdNumber = referral.minorIdNumber();
		this.minorBirthDate = referral.minorBirthDate();
		this.school = referral.school();
		this.guardianName = referral.guardianName();
		this.guardianPhone = referral.guardianPhone();
		this.referralSource = referral.source();
		this.referralReference = referral.referralReference();
		this.situation = referral.situation();
		this.referredOn = referral.referredOn();
		this.reviewOn = referral.reviewOn();
		this.members.add(new GroupMember(MemberRole.OFFICER, officerName, "", ""));
	}

	void addMember(MemberRole role, String name, String phone, String organisation) {
		requireOpen();
		if (name.isBlank()) {
			throw RuleViolationException.onField("name", "youth.member.nameRequired");
		}
		this.members.add(new GroupMember(role, name, phone, organisation));
	}

	void setPlan(String plan) {
		requireOpen();
		if (plan.isBlank()) {
			throw RuleViolationException.onField("plan", "youth.plan.required");
		}
		this.plan = plan;
	}

	void recordMeeting(LocalDate heldOn, String attendees, String minutes, LocalDate today) {
		requireOpen();
		requireDay(heldOn, today);
		if (minutes.isBlank()) {
			throw RuleViolationException.onField("minutes", "youth.meeting.minutesRequired");
		}
		this.meetings.add(new Meeting(heldOn, attendees, minutes));
	}

	void recordVisit(LocalDate visitedOn, String place, VisitOutcome outcome, String note, LocalDate today) {
		requireOpen();
		requireDay(visitedOn, today);
		if (place.isBlank()) {
			throw RuleViolationException.onField("place", "youth.visit.placeRequired");
		}
		this.visits.add(new Visit(visitedOn, place, outcome, note));
	}

	/**
	 * Reviews the group: needs a plan and at least one meeting or visit since the
	 * referral, and sets the next review date.
	 */
	void review(LocalDate on, String note, LocalDate nextReviewOn, LocalDate today) {
		requireOpen();
		requireDay(on, today);
		if (this.plan.isBlank()) {
			throw new RuleViolationException("youth.review.noPlan");
		}
		if (this.meetings.isEmpty() && this.visits.isEmpty()) {
			throw new RuleViolationException("youth.review.nothingDone");
		}
		if (note.isBlank()) {
			throw RuleViolationException.onField("note", "youth.review.noteRequired");
		}
		if (!nextReviewOn.isAfter(on)) {
			throw RuleViolationException.onField("nextReviewOn", "youth.review.nextNotAfter");
		}
		this.lastReviewedOn = on;
		this.reviewNote = note;
		this.reviewOn = nextReviewOn;
	}

	void close(ClosingReason reason, String note, LocalDate on, LocalDate today) {
		requireOpen();
		requireDay(on, today);
		if (note.isBlank()) {
			throw RuleViolationException.onField("note", "youth.close.noteRequired");
		}
		this.status = GroupStatus.CLOSED;
		this.closingReason = reason;
		this.closingNote = note;
		this.closedOn = on;
	}

	private void requireOpen() {
		if (!this.status.isOpen()) {
			throw new RuleViolationException("youth.closed");
		}
	}

	private void requireDay(LocalDate day, LocalDate today) {
		if (day.isBefore(this.referredOn)) {
			throw RuleViolationException.onField("on", "youth.day.beforeReferral", this.referredOn);
		}
		if (day.isAfter(today)) {
			throw RuleViolationException.onField("on", "youth.day.future");
		}
	}

	/**
	 * @return whether an open group's review date has come.
	 */
	public boolean isReviewDue(LocalDate today) {
		return this.status.isOpen() && !this.reviewOn.isAfter(today);
	}

	/**
	 * @return the minor's age on the given day.
	 */
	public int ageOn(LocalDate day) {
		return Period.between(this.minorBirthDate, day).getYears();
	}

	/**
	 * @return the minor's name with all but the first character masked, for lists.
	 */
	public String getMaskedMinorName() {
		if (this.minorName.isEmpty()) {
			return "";
		}
		int first = this.minorName.offsetByCodePoints(0, 1);
		return this.minorName.substring(0, first)
				+ "*".repeat(Math.max(1, this.minorName.codePointCount(first, this.minorName.length())));
	}

	public String getMaskedMinorIdNumber() {
		return Masking.idNumber(this.minorIdNumber);
	}

	public Long getStationId() {
		return this.stationId;
	}

	public Long getOfficerId() {
		return this.officerId;
	}

	public String getMinorName() {
		return this.minorName;
	}

	public String getMinorIdNumber() {
		return this.minorIdNumber;
	}

	public LocalDate getMinorBirthDate() {
		return this.minorBirthDate;
	}

	public String getSchool() {
		return this.school;
	}

	public String getGuardianName() {
		return this.guardianName;
	}

	public String getGuardianPhone() {
		return this.guardianPhone;
	}

	public ReferralSource getReferralSource() {
		return this.referralSource;
	}

	public String getReferralReference() {
		return this.referralReference;
	}

	public String getSituation() {
		return this.situation;
	}

	public String getPlan() {
		return this.plan;
	}

	public LocalDate getReferredOn() {
		return this.referredOn;
	}

	public LocalDate getReviewOn() {
		return this.reviewOn;
	}

	public @Nullable LocalDate getLastReviewedOn() {
		return this.lastReviewedOn;
	}

	public String getReviewNote() {
		return this.reviewNote;
	}

	public GroupStatus getStatus() {
		return this.status;
	}

	public @Nullable ClosingReason getClosingReason() {
		return this.closingReason;
	}

	public String getClosingNote() {
		return this.closingNote;
	}

	public @Nullable LocalDate getClosedOn() {
		return this.closedOn;
	}

	public List<GroupMember> getMembers() {
		return List.copyOf(this.members);
	}

	public List<Meeting> getMeetings() {
		return List.copyOf(this.meetings);
	}

	public List<Visit> getVisits() {
		return List.copyOf(this.visits);
	}

}
