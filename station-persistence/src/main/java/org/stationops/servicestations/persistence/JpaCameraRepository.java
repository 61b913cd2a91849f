package org.stationops.servicestations.persistence;

import org.jspecify.annotations.Nullable;
import org.stationops.servicestations.Camera;
import org.stationops.servicestations.CameraKind;
import org.stationops.servicestations.CameraRepository;
import org.stationops.servicestations.CameraStatus;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

interface JpaCameraRepository extends CameraRepository, Repository<Camera, Long> {

	@Override
	@Query(value = """
			select c from Camera c
			where c.stationId = :stationId
			  and (:serviceStationId is null or c.serviceStationId = :serviceStationId)
			  and (:kind is null or c.kind = :kind)
			  and (:status is null or c.status = :status)
			order by c.code""", countQuery = """
			select count(c) from Camera c
			where c.stationId = :stationId
			  and (:serviceStationId is null or c.serviceStationId = :serviceStationId)
			  and (:kind is null or c.kind = :kind)
			  and (:status is null or c.status = :status)""")
	Page<Camera> search(@Param("stationId") Long stationId, @Param("serviceStationId") @Nullable Long serviceStationId,
			@Param("kind") @Nullable CameraKind kind, @Param("status") @Nullable CameraStatus status,
			Pageable pageable);

}
