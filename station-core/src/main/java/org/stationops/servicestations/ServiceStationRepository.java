package org.stationops.servicestations;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.stationops.shared.Scope;
import org.stationops.shared.ScopedRepository;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * Port for service stations; station-persistence supplies the implementation.
 */
public interface ServiceStationRepository extends ScopedRepository<ServiceStation> {

	ServiceStation save(ServiceStation serviceStation);

	ServiceStation saveAndFlush(ServiceStation serviceStation);

	Optional<ServiceStation> findById(Long id);

	/**
	 * @return the service station with its equipment, in one query.
	 */
	Optional<ServiceStation> findWithEquipmentById(Long id);

	/**
	 * @return the service station (with its equipment) when it exists and the scope
	 * reaches it.
	 */
	@Override
	default Optional<ServiceStation> findInScope(Long id, Scope scope) {
		return findWithEquipmentById(id).filter(scope::reaches);
	}

	boolean existsByStationIdAndName(Long stationId, String name);

	List<ServiceStation> findByStationIdOrderByName(Long stationId);

	List<ServiceStation> findByIdIn(java.util.Collection<Long> ids);

	/**
	 * @return active service stations that have office hours, by police station and name.
	 */
	List<ServiceStation> findBookable();

	/**
	 * @param stationId {@literal null} for every station.
	 * @param text part of the name, host unit or address; empty for any.
	 */
	Page<ServiceStation> search(@Nullable Long stationId, @Nullable ServiceStationKind kind,
			@Nullable ServiceStationStatus status, String text, Pageable pageable);

}
