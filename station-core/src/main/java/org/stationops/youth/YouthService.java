package org.stationops.youth;

import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.stationops.audit.AuditService;
import org.stationops.officers.Officer;
import org.stationops.officers.OfficerService;
import org.stationops.shared.RuleViolationException;
import org.stationops.shared.Scope;
import org.stationops.stations.StationService;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Youth assistance groups. A file is read and worked on only by the group's officer and
 * the station's supervisors ({@link YouthReader#mayRead}); anyone else, including another
 * officer of the same station, gets {@link YouthGroupNotFoundException}. Every full view
 * is written to the audit trail.
 */
@Service
@Transactional(readOnly = true)
public class YouthService {

	/** The audit subject type of a minor's file. */
	public static final String AUDIT_SUBJECT = "YOUTH_GROUP";

	private final YouthGroupRepository groups;

	private final StationService stations;

	private final OfficerService officers;

	private final AuditService audit;

	private final Clock clock;

	YouthService(YouthGroupRepository groups, StationService stations, OfficerService officers, AuditService audit,
			Clock clock) {
		this.groups = groups;
		this.stations = stations;
		this.officers = officers;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * @return the groups the reader may read: a supervisor's whole station, an officer's
	 * own groups, nothing for a bureau-level account.
	 */
	public Page<YouthGroup> list(YouthReader reader, @Nullable GroupStatus status, Pageable pageable) {
		Long stationId = reader.scope().stationFilter().orElse(null);
		if (stationId == null) {
			return Page.empty(pageable);
		}
		return this.groups.list(stationId, reader.officerFilter(), status, pageable);
	}

	/**
	 * Reads a minor's file in full and records the view in the audit trail.
	 */
	public YouthGroup read(YouthReader reader, Long id) {
		YouthGroup group = readable(reader, id);
		this.audit.record(group.getStationId(), reader.username(), AuditService.FULL_VIEW, AUDIT_SUBJECT, id);
		return initialised(group);
	}

	/**
	 * Opens a group for a referred minor; any officer of the station may refer, the file
	 * then belongs to the chosen group officer.
	 */
	@Transactional
	public YouthGroup refer(Scope scope, Long stationId, Referral referral) {
		this.stations.get(scope, stationId);
		Long officerId = referral.officerId();
		Officer officer = (officerId != null) ? this.officers.activeAt(stationId)
			.stream()
			.filter(o -> officerId.equals(o.getId()))
			.findFirst()
			.orElse(null) : null;
		if (officer == null) {
			throw RuleViolationException.onField("officerId", "youth.officer.notAtStation");
		}
		if (referral.referredOn().isAfter(today())) {
			throw RuleViolationException.onField("referredOn", "youth.day.future");
		}
		return this.groups.saveAndFlush(new YouthGroup(stationId, officer.getId(), officer.getDisplayName(), referral));
	}

	@Transactional
	public YouthGroup addMember(YouthReader reader, Long id, long version, MemberRole role, String name, String phone,
			String organisation) {
		return work(reader, id, version, g -> g.addMember(role, name.trim(), phone.trim(), organisation.trim()));
	}

	@Transactional
	public YouthGroup setPlan(YouthReader reader, Long id, long version, String plan) {
		return work(reader, id, version, g -> g.setPlan(plan.trim()));
	}

	@Transactional
	public YouthGroup recordMeeting(YouthReader reader, Long id, long version, LocalDate heldOn, String attendees,
			String minutes) {
		return work(reader, id, version, g -> g.recordMeeting(heldOn, attendees.trim(), minutes.trim(), today()));
	}

	@Transactional
	public YouthGroup recordVisit(YouthReader reader, Long id, long version, LocalDate visitedOn, String place,
			VisitOutcome outcome, String note) {
		return work(reader, id, version, g -> g.recordVisit(visitedOn, place.trim(), outcome, note.trim(), today()));
	}

	@Transactional
	public YouthGroup review(YouthReader reader, Long id, long version, LocalDate on, String note,
			LocalDate nextReviewOn) {
		return work(reader, id, version, g -> g.review(on, note.trim(), nextReviewOn, today()));
	}

	@Transactional
	public YouthGroup close(YouthReader reader, Long id, long version, ClosingReason reason, String note,
			LocalDate on) {
		return work(reader, id, version, g -> g.close(reason, note.trim(), on, today()));
	}

	/**
	 * @return the station's open groups, a figure without personal data.
	 */
	public long openCount(Long stationId) {
		return this.groups.countByStationIdAndStatus(stationId, GroupStatus.OPEN);
	}

	private YouthGroup work(YouthReader reader, Long id, long version, Consumer<YouthGroup> verb) {
		YouthGroup group = readable(reader, id);
		if (group.getVersion() != version) {
			throw new RuleViolationException("youth.edit.conflict");
		}
		verb.accept(group);
		return initialised(this.groups.saveAndFlush(group));
	}

	private YouthGroup readable(YouthReader reader, Long id) {
		return this.groups.findById(id)
			.filter(reader::mayRead)
			.orElseThrow(() -> YouthGroupNotFoundException.forId(id));
	}

	private static YouthGroup initialised(YouthGroup group) {
		group.getMembers();
		group.getMeetings();
		group.getVisits();
		return group;
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
