package org.stationops.patrol;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;
import org.stationops.shared.AbstractEntity;
import org.stationops.shared.RuleViolationException;

/**
 * A patrol unit with its status since a time and its last known position. The status
 * moves only through its verbs (available → dispatched → on scene → available, available
 * ⇄ off duty), each refusing a move out of order or back in time with a message key.
 */
@Entity
@Table(name = "patrol_units")
public class PatrolUnit extends AbstractEntity {

	private Long stationId = 0L;

	private String name = "";

	@Enumerated(EnumType.STRING)
	private UnitKind kind = UnitKind.FOOT_PATROL;

	private String leader = "";

	private String members = "";

	private String affiliation = "";

	private int memberCount;

	@Enumerated(EnumType.STRING)
	private UnitStatus status = UnitStatus.OFF_DUTY;

	private Instant statusSince = Instant.EPOCH;

	private @Nullable Long incidentId;

	private @Nullable Double latitude;

	private @Nullable Double longitude;

	private @Nullable Instant positionAt;

	protected PatrolUnit() {
	}

	PatrolUnit(Long stationId, UnitDetails details, Instant at) {
		this.stationId = stationId;
		this.statusSince = at;
		apply(details);
	}

	/**
	 * Takes the entered details. A volunteer team needs its leader and at least one
	 * member; a unit on an incident cannot become a kind that is not dispatched.
	 */
	void apply(UnitDetails details) {
		if (details.kind().isVolunteerTeam() && details.leader().isBlank()) {
			throw RuleViolationException.onField("leader", "patrol.unit.leaderRequired");
		}
		if (details.memberCount() < 1 || details.memberCount() > 500) {
			throw RuleViolationException.onField("memberCount", "patrol.unit.memberCount");
		}
		if (this.incidentId != null && !details.kind().isDispatchable()) {
			throw RuleViolationException.onField("kind", "patrol.unit.kindWhileDispatched");
		}
		this.name = details.name();
		this.kind = details.kind();
		this.leader = details.leader();
		this.members = details.members();
		this.affiliation = details.affiliation();
		this.memberCount = details.memberCount();
	}

	/**
	 * Sends the unit to an incident: only an available unit of a dispatched kind.
	 */
	void dispatch(Long incidentId, Instant at) {
		if (!this.kind.isDispatchable()) {
			throw new RuleViolationException("patrol.unit.notDispatchable");
		}
		if (this.status != UnitStatus.AVAILABLE) {
			throw new RuleViolationException("patrol.unit.notAvailable");
		}
		move(UnitStatus.DISPATCHED, at);
		this.incidentId = incidentId;
	}

	void arrive(Instant at) {
		if (this.status != UnitStatus.DISPATCHED) {
			throw new RuleViolationException("patrol.unit.notDispatched");
		}
		move(UnitStatus.ON_SCENE, at);
	}

	/**
	 * Clears the unit from its incident (on scene, or called off on the way): available
	 * again.
	 */
	void clear(Instant at) {
		if (this.status != UnitStatus.ON_SCENE && this.status != UnitStatus.DISPATCHED) {
			throw new RuleViolationException("patrol.unit.notOnIncident");
		}
		move(UnitStatus.AVAILABLE, at);
		this.incidentId = null;
	}

	void goOffDuty(Instant at) {
		if (this.status != UnitStatus.AVAILABLE) {
			throw new RuleViolationException("patrol.unit.busy");
		}
		move(UnitStatus.OFF_DUTY, at);
	}

	void comeOnDuty(Instant at) {
		if (this.status != UnitStatus.OFF_DUTY) {
			throw new RuleViolationException("patrol.unit.alreadyOnDuty");
		}
		move(UnitStatus.AVAILABLE, at);
	}

	/**
	 * Takes a reported position; a report older than the one held is ignored (phones send
	 * late).
	 * @return whether the position was taken.
	 */
	boolean reportPosition(double latitude, double longitude, Instant at) {
		if (latitude < -90 || latitude > 90 || longitude < -180 || longitude > 180) {
			throw RuleViolationException.onField("latitude", "patrol.position.outOfRange");
		}
		if (this.positionAt != null && at.isBefore(this.positionAt)) {
			return false;
		}
		this.latitude = latitude;
		this.longitude = longitude;
		this.positionAt = at;
		return true;
	}

	private void move(UnitStatus target, Instant at) {
		if (at.isBefore(this.statusSince)) {
			throw new RuleViolationException("patrol.unit.timeBeforeStatus");
		}
		this.status = target;
		this.statusSince = at;
	}

	public UnitDetails details() {
		return new UnitDetails(this.name, this.kind, this.leader, this.members, this.affiliation, this.memberCount);
	}

	/**
	 * @return the member names, one per non-blank line.
	 */
	public java.util.List<String> memberNames() {
		return this.members.lines().map(String::trim).filter(l -> !l.isEmpty()).toList();
	}

	public boolean hasPosition() {
		return this.latitude != null && this.longitude != null && this.positionAt != null;
	}

	public Long getStationId() {
		return this.stationId;
	}

	public String getName() {
		return this.name;
	}

	public UnitKind getKind() {
		return this.kind;
	}

	public String getLeader() {
		return this.leader;
	}

	public String getMembers() {
		return this.members;
	}

	public String getAffiliation() {
		return this.affiliation;
	}

	public int getMemberCount() {
		return this.memberCount;
	}

	public UnitStatus getStatus() {
		return this.status;
	}

	public Instant getStatusSince() {
		return this.statusSince;
	}

	public @Nullable Long getIncidentId() {
		return this.incidentId;
	}

	public @Nullable Double getLatitude() {
		return this.latitude;
	}

	public @Nullable Double getLongitude() {
		return this.longitude;
	}

	public @Nullable Instant getPositionAt() {
		return this.positionAt;
	}

}
