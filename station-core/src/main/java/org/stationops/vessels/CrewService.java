package org.stationops.vessels;

import java.time.Clock;
import java.time.LocalDate;

import org.stationops.audit.AuditService;
import org.stationops.shared.RuleViolationException;
import org.stationops.shared.Scope;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Crew members within the caller's {@link Scope}: signing on (a person already known to
 * the station by ID number is reused) and off, and the audited full view.
 */
@Service
@Transactional(readOnly = true)
public class CrewService {

	/** The audit subject type of a crew member's full view. */
	public static final String AUDIT_SUBJECT = "crew_member";

	/** The unique constraint that keeps one crew member per ID number and station. */
	static final String ID_NUMBER_KEY = "crew_members_station_id_number_key";

	private final CrewMemberRepository crew;

	private final VesselService vessels;

	private final AuditService audit;

	private final Clock clock;

	CrewService(CrewMemberRepository crew, VesselService vessels, AuditService audit, Clock clock) {
		this.crew = crew;
		this.vessels = vessels;
		this.audit = audit;
		this.clock = clock;
	}

	public CrewMember get(Scope scope, Long id) {
		CrewMember member = this.crew.findInScope(id, scope)
			.orElseThrow(() -> VesselNotFoundException.forId("crew member", id));
		member.getAssignments();
		return member;
	}

	/**
	 * Shows a crew member's ID number and phone in full, and writes the personal-data
	 * audit entry for that view.
	 */
	@Transactional
	public CrewMember readInFull(Scope scope, Long id, String username) {
		CrewMember member = get(scope, id);
		this.audit.record(member.getStationId(), username, AuditService.FULL_VIEW, AUDIT_SUBJECT, id);
		return member;
	}

	/**
	 * Signs a person on to the vessel: a crew member the station knows by this ID number
	 * is updated and reused, anyone else is registered. Refused while the person is on
	 * another vessel, and when another officer signed the same new ID number on at the
	 * same moment (the station's unique ID number key refuses the second insert).
	 */
	@Transactional
	public CrewMember signOn(Scope scope, Long vesselId, CrewDetails details, LocalDate joinedOn) {
		Vessel vessel = this.vessels.get(scope, vesselId);
		String idNumber = CrewMember.normalisedIdNumber(details.idNumber());
		CrewMember member = this.crew.findByStationIdAndIdNumber(vessel.getStationId(), idNumber)
			.orElseGet(() -> new CrewMember(vessel.getStationId(), details));
		member.apply(details);
		try {
			member.join(vesselId, joinedOn, LocalDate.now(this.clock));
		}
		catch (RuleViolationException ex) {
			if ("vessels.crew.onAnotherVessel".equals(ex.getCode())) {
				Long other = (Long) ex.getArguments()[0];
				throw new RuleViolationException(ex.getCode(),
						this.vessels.get(Scope.station(vessel.getStationId()), other).getName());
			}
			throw ex;
		}
		try {
			return this.crew.saveAndFlush(member);
		}
		catch (DataIntegrityViolationException ex) {
			// the same new ID number signed on twice at once: the look-up above saw
			// neither
			if (String.valueOf(ex.getMessage()).contains(ID_NUMBER_KEY)) {
				throw RuleViolationException.onField("idNumber", "vessels.crew.signedOnMeanwhile", idNumber);
			}
			throw ex;
		}
	}

	@Transactional
	public CrewMember signOff(Scope scope, Long vesselId, Long crewId, long version, LocalDate leftOn) {
		this.vessels.get(scope, vesselId);
		CrewMember member = get(scope, crewId);
		if (member.getVersion() != version) {
			throw new RuleViolationException("vessels.edit.conflict");
		}
		member.leave(vesselId, leftOn, LocalDate.now(this.clock));
		return this.crew.saveAndFlush(member);
	}

}
