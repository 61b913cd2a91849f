package org.stationops.vessels.persistence;

import org.jspecify.annotations.Nullable;
import org.stationops.vessels.Vessel;
import org.stationops.vessels.VesselRepository;
import org.stationops.vessels.VesselStatus;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

interface JpaVesselRepository extends VesselRepository, Repository<Vessel, Long> {

	@Override
	@Query(value = """
			select v from Vessel v
			where (:stationId is null or v.stationId = :stationId)
			  and (:status is null or v.status = :status)
			order by v.stationId, v.status, v.name""", countQuery = """
			select count(v) from Vessel v
			where (:stationId is null or v.stationId = :stationId)
			  and (:status is null or v.status = :status)""")
	Page<Vessel> list(@Param("stationId") @Nullable Long stationId, @Param("status") @Nullable VesselStatus status,
			Pageable pageable);

}
