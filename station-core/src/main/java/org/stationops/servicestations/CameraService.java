package org.stationops.servicestations;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.stationops.shared.NotFoundException;
import org.stationops.shared.RuleViolationException;
import org.stationops.shared.Scope;
import org.stationops.stations.StationService;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cameras (天网 / 雪亮) within the caller's {@link Scope}: the register, faults and repairs,
 * and the fault list with days out of service.
 */
@Service
@Transactional(readOnly = true)
public class CameraService {

	private final CameraRepository cameras;

	private final ServiceStationService serviceStations;

	private final StationService stations;

	private final Clock clock;

	CameraService(CameraRepository cameras, ServiceStationService serviceStations, StationService stations,
			Clock clock) {
		this.cameras = cameras;
		this.serviceStations = serviceStations;
		this.stations = stations;
		this.clock = clock;
	}

	public Camera get(Scope scope, Long id) {
		return this.cameras.findById(id)
			.filter(c -> scope.allows(c.getStationId()))
			.orElseThrow(() -> ServiceStationNotFoundException.forId(id));
	}

	public Page<Camera> search(Scope scope, Long stationId, @Nullable Long serviceStationId, @Nullable CameraKind kind,
			@Nullable CameraStatus status, Pageable pageable) {
		this.stations.get(scope, stationId);
		return this.cameras.search(stationId, serviceStationId, kind, status, pageable);
	}

	/**
	 * @return every camera of the police station, by code.
	 */
	public List<Camera> all(Scope scope, Long stationId) {
		this.stations.get(scope, stationId);
		return this.cameras.findByStationIdOrderByCode(stationId);
	}

	/**
	 * @return the faulty cameras of the police station, longest out of service first.
	 */
	public List<Camera> faults(Scope scope, Long stationId) {
		this.stations.get(scope, stationId);
		return this.cameras.findByStationIdAndStatusOrderByFaultySinceAscCodeAsc(stationId, CameraStatus.FAULTY);
	}

	public LocalDate today() {
		return LocalDate.now(this.clock);
	}

	@Transactional
	public Camera create(Scope scope, Long stationId, CameraDetails details) {
		this.stations.get(scope, stationId);
		check(scope, stationId, details);
		if (this.cameras.existsByStationIdAndCode(stationId, details.code())) {
			throw RuleViolationException.onField("code", "servicestations.camera.codeDuplicate");
		}
		return this.cameras.saveAndFlush(new Camera(stationId, details));
	}

	@Transactional
	public Camera reportFault(Scope scope, Long id, long expectedVersion, LocalDate since, String note) {
		Camera camera = get(scope, id);
		requireVersion(camera, expectedVersion);
		camera.reportFault(since, note.trim(), today());
		return this.cameras.saveAndFlush(camera);
	}

	@Transactional
	public Camera repair(Scope scope, Long id, long expectedVersion, LocalDate on) {
		Camera camera = get(scope, id);
		requireVersion(camera, expectedVersion);
		camera.repair(on, today());
		return this.cameras.saveAndFlush(camera);
	}

	private static void requireVersion(Camera camera, long expectedVersion) {
		if (camera.getVersion() != expectedVersion) {
			throw new RuleViolationException("servicestations.edit.conflict");
		}
	}

	private void check(Scope scope, Long stationId, CameraDetails details) {
		if (details.serviceStationId() != null) {
			try {
				if (!stationId.equals(this.serviceStations.get(scope, details.serviceStationId()).getStationId())) {
					throw RuleViolationException.onField("serviceStationId", "servicestations.camera.otherStation");
				}
			}
			catch (NotFoundException ex) {
				throw RuleViolationException.onField("serviceStationId", "servicestations.camera.otherStation");
			}
		}
		if (details.areaId() != null) {
			try {
				if (!stationId.equals(this.stations.getArea(scope, details.areaId()).getStationId())) {
					throw RuleViolationException.onField("areaId", "servicestations.area.otherStation");
				}
			}
			catch (NotFoundException ex) {
				throw RuleViolationException.onField("areaId", "servicestations.area.otherStation");
			}
		}
	}

}
