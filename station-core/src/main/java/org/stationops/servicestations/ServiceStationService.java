package org.stationops.servicestations;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.stationops.liaison.Enterprise;
import org.stationops.liaison.EnterpriseService;
import org.stationops.officers.OfficerService;
import org.stationops.shared.NotFoundException;
import org.stationops.shared.RuleViolationException;
import org.stationops.shared.Scope;
import org.stationops.stations.StationService;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registry of service stations within the caller's {@link Scope}: a record of another
 * police station answers as not found.
 */
@Service
@Transactional(readOnly = true)
public class ServiceStationService {

	private final ServiceStationRepository serviceStations;

	private final StationService stations;

	private final OfficerService officers;

	private final EnterpriseService enterprises;

	private final CompoundRepository compounds;

	ServiceStationService(ServiceStationRepository serviceStations, StationService stations, OfficerService officers,
			EnterpriseService enterprises, CompoundRepository compounds) {
		this.compounds = compounds;
		this.serviceStations = serviceStations;
		this.stations = stations;
		this.officers = officers;
		this.enterprises = enterprises;
	}

	public Page<ServiceStation> search(Scope scope, ServiceStationFilter filter, Pageable pageable) {
		String text = filter.text().trim();
		return this.serviceStations.search(scope.stationFilter().orElse(filter.stationId()), filter.kind(),
				filter.status(), (text.length() > 50) ? text.substring(0, 50) : text, pageable);
	}

	public ServiceStation get(Scope scope, Long id) {
		return this.serviceStations.findInScope(id, scope).orElseThrow(() -> ServiceStationNotFoundException.forId(id));
	}

	/**
	 * @return the police station's service stations by name.
	 */
	public List<ServiceStation> of(Scope scope, Long stationId) {
		this.stations.get(scope, stationId);
		return this.serviceStations.findByStationIdOrderByName(stationId);
	}

	/**
	 * @return the names of the given service stations that the scope reaches.
	 */
	public java.util.Map<Long, String> names(Scope scope, java.util.Collection<Long> ids) {
		return this.serviceStations.findByIdIn(ids)
			.stream()
			.filter(scope::reaches)
			.collect(java.util.stream.Collectors.toMap(ServiceStation::getId, ServiceStation::getName));
	}

	/**
	 * @return the host enterprise's name, or {@literal null}.
	 */
	public @Nullable String hostEnterpriseName(Scope scope, ServiceStation serviceStation) {
		Long id = serviceStation.getHostEnterpriseId();
		if (id == null) {
			return null;
		}
		try {
			return this.enterprises.get(scope, id).getName();
		}
		catch (NotFoundException ex) {
			return null;
		}
	}

	@Transactional
	public ServiceStation create(Scope scope, Long stationId, ServiceStationDetails details) {
		this.stations.get(scope, stationId);
		check(scope, stationId, details);
		if (this.serviceStations.existsByStationIdAndName(stationId, details.name())) {
			throw RuleViolationException.onField("name", "servicestations.name.duplicate");
		}
		return this.serviceStations.saveAndFlush(new ServiceStation(stationId, details));
	}

	/**
	 * Saves an edit made on {@code expectedVersion}; refuses when someone saved in
	 * between.
	 */
	@Transactional
	public ServiceStation update(Scope scope, Long id, long expectedVersion, ServiceStationDetails details) {
		ServiceStation serviceStation = get(scope, id);
		requireVersion(serviceStation, expectedVersion);
		check(scope, serviceStation.getStationId(), details);
		if (!serviceStation.getName().equals(details.name())
				&& this.serviceStations.existsByStationIdAndName(serviceStation.getStationId(), details.name())) {
			throw RuleViolationException.onField("name", "servicestations.name.duplicate");
		}
		serviceStation.apply(details);
		return this.serviceStations.saveAndFlush(serviceStation);
	}

	@Transactional
	public ServiceStation suspend(Scope scope, Long id, long expectedVersion, String reason) {
		ServiceStation serviceStation = get(scope, id);
		requireVersion(serviceStation, expectedVersion);
		serviceStation.suspend(reason.trim());
		return this.serviceStations.saveAndFlush(serviceStation);
	}

	@Transactional
	public ServiceStation reactivate(Scope scope, Long id, long expectedVersion) {
		ServiceStation serviceStation = get(scope, id);
		requireVersion(serviceStation, expectedVersion);
		serviceStation.reactivate();
		return this.serviceStations.saveAndFlush(serviceStation);
	}

	@Transactional
	public ServiceStation move(Scope scope, Long id, long expectedVersion, double latitude, double longitude,
			String post) {
		ServiceStation serviceStation = get(scope, id);
		requireVersion(serviceStation, expectedVersion);
		serviceStation.move(latitude, longitude, post.trim());
		return this.serviceStations.saveAndFlush(serviceStation);
	}

	/**
	 * A position outside the station's area is warned, not refused: areas have no
	 * outline, so the area's extent is the bounding box of its compounds, widened by the
	 * margin.
	 * @return how many metres the service station lies beyond that margin, or 0 when it
	 * lies within it, has no area, or its area has no compounds.
	 */
	public long metresOutsideArea(ServiceStation serviceStation, int marginMetres) {
		Long areaId = serviceStation.getAreaId();
		if (areaId == null) {
			return 0;
		}
		AreaExtent extent = this.compounds.extentOf(serviceStation.getStationId(), areaId);
		double outside = extent.metresOutside(serviceStation.getLatitude(), serviceStation.getLongitude());
		return (outside > marginMetres) ? Math.round(outside) : 0;
	}

	private static void requireVersion(ServiceStation serviceStation, long expectedVersion) {
		if (serviceStation.getVersion() != expectedVersion) {
			throw new RuleViolationException("servicestations.edit.conflict");
		}
	}

	private void check(Scope scope, Long stationId, ServiceStationDetails details) {
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
		Long officerId = details.residentOfficerId();
		if (officerId != null
				&& this.officers.activeAt(stationId).stream().noneMatch(o -> officerId.equals(o.getId()))) {
			throw RuleViolationException.onField("residentOfficerId", "servicestations.officer.notAtStation");
		}
		if (details.hostEnterpriseId() != null) {
			try {
				Enterprise host = this.enterprises.get(scope, details.hostEnterpriseId());
				if (!stationId.equals(host.getStationId())) {
					throw RuleViolationException.onField("hostEnterpriseId", "servicestations.host.otherStation");
				}
			}
			catch (NotFoundException ex) {
				throw RuleViolationException.onField("hostEnterpriseId", "servicestations.host.otherStation");
			}
		}
	}

}
