package org.stationops.vessels;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.stationops.shared.AbstractEntity;
import org.stationops.shared.Masking;
import org.stationops.shared.ResidentIdNumbers;
import org.stationops.shared.RuleViolationException;
import org.stationops.shared.StationScoped;

/**
 * A seafarer known to the station, with the vessels they served on. A person is on one
 * vessel at a time: {@link #join} refuses while an assignment is open (and a partial
 * unique index backs the rule).
 */
@Entity
@Table(name = "crew_members")
public class CrewMember extends AbstractEntity implements StationScoped {

	private Long stationId = 0L;

	private String name = "";

	private String idNumber = "";

	private String phone = "";

	@Enumerated(EnumType.STRING)
	private CrewRole role = CrewRole.DECKHAND;

	private String contract = "";

	private String employer = "";

	@ElementCollection
	@CollectionTable(name = "crew_assignments", joinColumns = @JoinColumn(name = "crew_member_id"))
	@OrderColumn(name = "position")
	private List<CrewAssignment> assignments = new ArrayList<>();

	protected CrewMember() {
	}

	CrewMember(Long stationId, CrewDetails details) {
		this.stationId = stationId;
		this.idNumber = normalisedIdNumber(details.idNumber());
		apply(details);
	}

	/**
	 * @return the ID number in upper case, when it passes the GB 11643 check.
	 */
	static String normalisedIdNumber(String idNumber) {
		String id = idNumber.trim().toUpperCase(Locale.ROOT);
		if (!ResidentIdNumbers.isValid(id)) {
			throw RuleViolationException.onField("idNumber", "vessels.crew.idNumber.invalid");
		}
		return id;
	}

	/**
	 * Updates role, contract, employer, name and phone (the ID number identifies the
	 * person and does not change).
	 */
	void apply(CrewDetails details) {
		if (details.name().isBlank()) {
			throw RuleViolationException.onField("name", "vessels.crew.nameRequired");
		}
		this.name = details.name();
		this.phone = details.phone();
		this.role = details.role();
		this.contract = details.contract();
		this.employer = details.employer();
	}

	/**
	 * Signs on to a vessel. Refused while the person is on a vessel, or before the day
	 * they left the last one.
	 */
	void join(Long vesselId, LocalDate on, LocalDate today) {
		Optional<CrewAssignment> current = current();
		if (current.isPresent()) {
			throw new RuleViolationException(current.get().getVesselId().equals(vesselId) ? "vessels.crew.alreadyAboard"
					: "vessels.crew.onAnotherVessel", current.get().getVesselId());
		}
		if (on.isAfter(today)) {
			throw RuleViolationException.onField("joinedOn", "vessels.date.future");
		}
		if (!this.assignments.isEmpty()) {
			LocalDate lastLeft = this.assignments.get(this.assignments.size() - 1).getLeftOn();
			if (lastLeft != null && on.isBefore(lastLeft)) {
				throw RuleViolationException.onField("joinedOn", "vessels.crew.joinBeforeLastLeft", lastLeft);
			}
		}
		this.assignments.add(new CrewAssignment(vesselId, on));
	}

	/**
	 * Signs off the vessel the person is on.
	 */
	void leave(Long vesselId, LocalDate on, LocalDate today) {
		CrewAssignment current = current().filter(a -> a.getVesselId().equals(vesselId))
			.orElseThrow(() -> new RuleViolationException("vessels.crew.notAboard"));
		if (on.isAfter(today)) {
			throw RuleViolationException.onField("leftOn", "vessels.date.future");
		}
		if (on.isBefore(current.getJoinedOn())) {
			throw RuleViolationException.onField("leftOn", "vessels.crew.leftBeforeJoined", current.getJoinedOn());
		}
		current.leave(on);
	}

	public Optional<CrewAssignment> current() {
		return this.assignments.stream().filter(CrewAssignment::isCurrent).findFirst();
	}

	public Long getStationId() {
		return this.stationId;
	}

	public String getName() {
		return this.name;
	}

	public String getIdNumber() {
		return this.idNumber;
	}

	public String getMaskedIdNumber() {
		return Masking.idNumber(this.idNumber);
	}

	public String getPhone() {
		return this.phone;
	}

	public String getMaskedPhone() {
		return Masking.phone(this.phone);
	}

	public CrewRole getRole() {
		return this.role;
	}

	public String getContract() {
		return this.contract;
	}

	public String getEmployer() {
		return this.employer;
	}

	public List<CrewAssignment> getAssignments() {
		return List.copyOf(this.assignments);
	}

	public CrewDetails details() {
		return new CrewDetails(this.name, this.idNumber, this.phone, this.role, this.contract, this.employer);
	}

}
