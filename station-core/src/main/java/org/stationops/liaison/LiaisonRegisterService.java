package org.stationops.liaison;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.stationops.shared.RuleViolationException;
import org.stationops.shared.Scope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The liaison registers of a station: business circles, buildings, alliances and training
 * sessions.
 */
@Service
@Transactional(readOnly = true)
public class LiaisonRegisterService {

	private final BusinessCircleRepository circles;

	private final BuildingRepository buildings;

	private final AllianceRepository alliances;

	private final TrainingSessionRepository trainings;

	private final EnterpriseRepository enterprises;

	LiaisonRegisterService(BusinessCircleRepository circles, BuildingRepository buildings, AllianceRepository alliances,
			TrainingSessionRepository trainings, EnterpriseRepository enterprises) {
		this.circles = circles;
		this.buildings = buildings;
		this.alliances = alliances;
		this.trainings = trainings;
		this.enterprises = enterprises;
	}

	public List<BusinessCircle> circles(Scope scope) {
		return scope.stationFilter()
			.map(this.circles::findByStationIdOrderByName)
			.orElseGet(this.circles::findAllByOrderByStationIdAscNameAsc);
	}

	public List<Building> buildings(Scope scope) {
		return scope.stationFilter()
			.map(this.buildings::findByStationIdOrderByName)
			.orElseGet(this.buildings::findAllByOrderByStationIdAscNameAsc);
	}

	public List<Alliance> alliances(Scope scope) {
		return scope.stationFilter()
			.map(this.alliances::findByStationIdOrderByName)
			.orElseGet(this.alliances::findAllByOrderByStationIdAscNameAsc);
	}

	public List<TrainingSession> trainings(Scope scope) {
		return scope.stationFilter()
			.map(this.trainings::findByStationIdOrderByHeldOnDescIdDesc)
			.orElseGet(this.trainings::findAllByOrderByHeldOnDescIdDesc);
	}

	public Alliance alliance(Scope scope, Long id) {
		return this.alliances.findInScope(id, scope).orElseThrow(() -> LiaisonNotFoundException.forId("alliance", id));
	}

	public List<Enterprise> allianceMembers(Scope scope, Long allianceId) {
		alliance(scope, allianceId);
		return this.enterprises.findByAllianceIdOrderByName(allianceId);
	}

	public java.util.Map<Long, String> circleNames(java.util.Collection<Long> ids) {
		java.util.Map<Long, String> names = new java.util.HashMap<>();
		if (!ids.isEmpty()) {
			this.circles.findByIdIn(ids).forEach(c -> names.put(c.getId(), c.getName()));
		}
		return names;
	}

	public java.util.Map<Long, String> buildingNames(java.util.Collection<Long> ids) {
		java.util.Map<Long, String> names = new java.util.HashMap<>();
		if (!ids.isEmpty()) {
			this.buildings.findByIdIn(ids).forEach(b -> names.put(b.getId(), b.getName()));
		}
		return names;
	}

	@Transactional
	public BusinessCircle createCircle(Scope scope, String name) {
		Long stationId = EnterpriseService.stationOf(scope);
		if (this.circles.existsByStationIdAndName(stationId, name.trim())) {
			throw RuleViolationException.onField("name", "liaison.register.duplicate");
		}
		return this.circles.save(new BusinessCircle(stationId, name.trim()));
	}

	@Transactional
	public Building createBuilding(Scope scope, String name, String address, @Nullable Long circleId) {
		Long stationId = EnterpriseService.stationOf(scope);
		if (this.buildings.existsByStationIdAndName(stationId, name.trim())) {
			throw RuleViolationException.onField("name", "liaison.register.duplicate");
		}
		if (circleId != null
				&& this.circles.findById(circleId).filter(c -> c.getStationId().equals(stationId)).isEmpty()) {
			throw RuleViolationException.onField("circleId", "liaison.register.unknown");
		}
		return this.buildings.save(new Building(stationId, name.trim(), address.trim(), circleId));
	}

	@Transactional
	public Alliance createAlliance(Scope scope, String name, String kind, @Nullable LocalDate establishedOn,
			int securityStaff, String membersNote, String results) {
		Long stationId = EnterpriseService.stationOf(scope);
		if (this.alliances.existsByStationIdAndName(stationId, name.trim())) {
			throw RuleViolationException.onField("name", "liaison.register.duplicate");
		}
		return this.alliances.save(new Alliance(stationId, name.trim(), kind.trim(), establishedOn, securityStaff,
				membersNote.trim(), results.trim()));
	}

	@Transactional
	public Alliance updateAlliance(Scope scope, Long id, long expectedVersion, String name, String kind,
			@Nullable LocalDate establishedOn, int securityStaff, String membersNote, String results) {
		Alliance alliance = alliance(scope, id);
		if (alliance.getVersion() != expectedVersion) {
			throw new RuleViolationException("common.error.staleVersion");
		}
		alliance.update(name.trim(), kind.trim(), establishedOn, securityStaff, membersNote.trim(), results.trim());
		return this.alliances.save(alliance);
	}

	@Transactional
	public TrainingSession createTraining(Scope scope, String topic, TrainingAudience audience, String trainer,
			LocalDate heldOn, String rotation, String attendees, int headcount) {
		Long stationId = EnterpriseService.stationOf(scope);
		return this.trainings.save(new TrainingSession(stationId, topic.trim(), audience, trainer.trim(), heldOn,
				rotation.trim(), attendees.trim(), headcount));
	}

	/**
	 * @return the station's circle with this name, created if missing (bulk import).
	 */
	@Transactional
	public BusinessCircle circleNamed(Long stationId, String name) {
		return this.circles.findByStationIdAndName(stationId, name)
			.orElseGet(() -> this.circles.save(new BusinessCircle(stationId, name)));
	}

	/**
	 * @return the station's building with this name, created if missing (bulk import).
	 */
	@Transactional
	public Building buildingNamed(Long stationId, String name, @Nullable Long circleId) {
		return this.buildings.findByStationIdAndName(stationId, name)
			.orElseGet(() -> this.buildings.save(new Building(stationId, name, "", circleId)));
	}

	void checkBelongs(Long stationId, @Nullable Long circleId, @Nullable Long buildingId, @Nullable Long allianceId) {
		if (circleId != null
				&& this.circles.findById(circleId).filter(c -> c.getStationId().equals(stationId)).isEmpty()) {
			throw RuleViolationException.onField("businessCircleId", "liaison.register.unknown");
		}
		if (buildingId != null
				&& this.buildings.findById(buildingId).filter(b -> b.getStationId().equals(stationId)).isEmpty()) {
			throw RuleViolationException.onField("buildingId", "liaison.register.unknown");
		}
		if (allianceId != null
				&& this.alliances.findById(allianceId).filter(a -> a.getStationId().equals(stationId)).isEmpty()) {
			throw RuleViolationException.onField("allianceId", "liaison.register.unknown");
		}
	}

}
