package org.stationops.vessels;

import java.time.LocalDate;
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
import org.stationops.shared.RuleViolationException;
import org.stationops.shared.StationScoped;

/**
 * A vessel registered at a station. Its status changes only through the guarded verbs
 * {@link #sail}, {@link #goAbroad} and {@link #returnToPort}, each appended to its
 * history; only {@link VesselService} calls them.
 */
@Entity
@Table(name = "vessels")
public class Vessel extends AbstractEntity implements StationScoped {

	private Long stationId = 0L;

	private String name = "";

	private String registrationNumber = "";

	@Enumerated(EnumType.STRING)
	private VesselKind kind = VesselKind.FISHING;

	private String homePort = "";

	private Long ownerEnterpriseId = 0L;

	private @Nullable Long liaisonOfficerId;

	@Enumerated(EnumType.STRING)
	private VesselStatus status = VesselStatus.IN_PORT;

	private LocalDate statusSince = LocalDate.EPOCH;

	@ElementCollection
	@CollectionTable(name = "vessel_status_changes", joinColumns = @JoinColumn(name = "vessel_id"))
	@OrderColumn(name = "position")
	private List<StatusChange> history = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "vessel_joint_checks", joinColumns = @JoinColumn(name = "vessel_id"))
	@OrderColumn(name = "position")
	private List<JointCheck> jointChecks = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "vessel_outreach", joinColumns = @JoinColumn(name = "vessel_id"))
	@OrderColumn(name = "position")
	private List<Outreach> outreach = new ArrayList<>();

	protected Vessel() {
	}

	Vessel(Long stationId, VesselDetails details, VesselStatus status, LocalDate since) {
		this.stationId = stationId;
		this.status = status;
		this.statusSince = since;
		apply(details);
	}

	void apply(VesselDetails details) {
		this.name = details.name();
		this.registrationNumber = details.registrationNumber();
		this.kind = details.kind();
		this.homePort = details.homePort();
		this.ownerEnterpriseId = details.ownerEnterpriseId();
		this.liaisonOfficerId = details.liaisonOfficerId();
	}

	/**
	 * Leaves port for the sea.
	 */
	void sail(LocalDate on, String note, String by, LocalDate today) {
		move(VesselStatus.AT_SEA, on, note, by, today);
	}

	/**
	 * Goes into foreign waters or a foreign port, from port or from sea.
	 */
	void goAbroad(LocalDate on, String note, String by, LocalDate today) {
		move(VesselStatus.ABROAD, on, note, by, today);
	}

	/**
	 * Comes back to port from sea or from abroad; the service then checks the crew.
	 */
	void returnToPort(LocalDate on, String note, String by, LocalDate today) {
		move(VesselStatus.IN_PORT, on, note, by, today);
	}

	private void move(VesselStatus target, LocalDate on, String note, String by, LocalDate today) {
		if (!this.status.canMoveTo(target)) {
			throw new RuleViolationException("vessels.status.notAllowed");
		}
		if (on.isAfter(today)) {
			throw RuleViolationException.onField("on", "vessels.date.future");
		}
		if (on.isBefore(this.statusSince)) {
			throw RuleViolationException.onField("on", "vessels.status.beforeLast", this.statusSince);
		}
		this.history.add(new StatusChange(this.status, target, on, note, by));
		this.status = target;
		this.statusSince = on;
	}

	/**
	 * Records the joint check with border inspection, owner and dock; the vessel must be
	 * in port and the check not older than its return.
	 */
	void recordJointCheck(LocalDate on, String borderInspection, String ownerParty, String dock, String notes,
			String by, LocalDate today) {
		if (!this.status.isInPort()) {
			throw new RuleViolationException("vessels.jointCheck.notInPort");
		}
		if (on.isAfter(today)) {
			throw RuleViolationException.onField("checkedOn", "vessels.date.future");
		}
		if (on.isBefore(this.statusSince)) {
			throw RuleViolationException.onField("checkedOn", "vessels.jointCheck.beforeReturn", this.statusSince);
		}
		if (borderInspection.isBlank()) {
			throw RuleViolationException.onField("borderInspection", "vessels.jointCheck.borderRequired");
		}
		this.jointChecks.add(new JointCheck(on, borderInspection, ownerParty, dock, notes, by));
	}

	void recordOutreach(OutreachKind kind, LocalDate on, int headcount, String topic, String notes, LocalDate today) {
		if (on.isAfter(today)) {
			throw RuleViolationException.onField("heldOn", "vessels.date.future");
		}
		if (headcount <= 0) {
			throw RuleViolationException.onField("headcount", "vessels.outreach.headcount.positive");
		}
		if (topic.isBlank()) {
			throw RuleViolationException.onField("topic", "vessels.outreach.topicRequired");
		}
		this.outreach.add(new Outreach(kind, on, headcount, topic, notes));
	}

	public Long getStationId() {
		return this.stationId;
	}

	public String getName() {
		return this.name;
	}

	public String getRegistrationNumber() {
		return this.registrationNumber;
	}

	public VesselKind getKind() {
		return this.kind;
	}

	public String getHomePort() {
		return this.homePort;
	}

	public Long getOwnerEnterpriseId() {
		return this.ownerEnterpriseId;
	}

	public @Nullable Long getLiaisonOfficerId() {
		return this.liaisonOfficerId;
	}

	public VesselStatus getStatus() {
		return this.status;
	}

	public LocalDate getStatusSince() {
		return this.statusSince;
	}

	public List<StatusChange> getHistory() {
		return List.copyOf(this.history);
	}

	public List<JointCheck> getJointChecks() {
		return List.copyOf(this.jointChecks);
	}

	public List<Outreach> getOutreach() {
		return List.copyOf(this.outreach);
	}

	public VesselDetails details() {
		return new VesselDetails(this.name, this.registrationNumber, this.kind, this.homePort, this.ownerEnterpriseId,
				this.liaisonOfficerId);
	}

}
