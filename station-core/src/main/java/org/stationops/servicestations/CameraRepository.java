package org.stationops.servicestations;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * Port for cameras; station-persistence supplies the implementation.
 */
public interface CameraRepository {

	Camera saveAndFlush(Camera camera);

	Optional<Camera> findById(Long id);

	boolean existsByStationIdAndCode(Long stationId, String code);

	/**
	 * @return the police station's faulty cameras, longest out of service first.
	 */
	List<Camera> findByStationIdAndStatusOrderByFaultySinceAscCodeAsc(Long stationId, CameraStatus status);

	/**
	 * @return every camera of the police station (the map draws them), by code.
	 */
	List<Camera> findByStationIdOrderByCode(Long stationId);

	Page<Camera> search(Long stationId, @Nullable Long serviceStationId, @Nullable CameraKind kind,
			@Nullable CameraStatus status, Pageable pageable);

}
