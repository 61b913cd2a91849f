package org.stationops.servicestations.persistence;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.stationops.servicestations.ServiceStation;
import org.stationops.servicestations.ServiceStationKind;
import org.stationops.servicestations.ServiceStationRepository;
import org.stationops.servicestations.ServiceStationStatus;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

interface JpaServiceStationRepository extends ServiceStationRepository, Repository<ServiceStation, Long> {

	@Override
	@Query(value = """
			select s from ServiceStation s
			where (:stationId is null or s.stationId = :stationId)
			  and (:kind is null or s.kind = :kind)
			  and (:status is null or s.status = :status)
			  and (:text = '' or s.name like concat('%', :text, '%') or s.hostUnit like concat('%', :text, '%')
			       or s.address like concat('%', :text, '%'))
			order by s.stationId, s.kind, s.name""", countQuery = """
			select count(s) from ServiceStation s
			where (:stationId is null or s.stationId = :stationId)
			  and (:kind is null or s.kind = :kind)
			  and (:status is null or s.status = :status)
			  and (:text = '' or s.name like concat('%', :text, '%') or s.hostUnit like concat('%', :text, '%')
			       or s.address like concat('%', :text, '%'))""")
	Page<ServiceStation> search(@Param("stationId") @Nullable Long stationId,
			@Param("kind") @Nullable ServiceStationKind kind, @Param("status") @Nullable ServiceStationStatus status,
			@Param("text") String text, Pageable pageable);

	@Override
	@Query("select s from ServiceStation s left join fetch s.equipment where s.id = :id")
	java.util.Optional<ServiceStation> findWithEquipmentById(@Param("id") Long id);

	@Override
	@Query("""
			select s from ServiceStation s
			where s.status = org.stationops.servicestations.ServiceStationStatus.ACTIVE
			  and exists (select 1 from OfficeHours h where h.serviceStationId = s.id)
			order by s.stationId, s.name""")
	List<ServiceStation> findBookable();

}
