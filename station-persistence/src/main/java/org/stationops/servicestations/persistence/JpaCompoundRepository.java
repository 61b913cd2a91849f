package org.stationops.servicestations.persistence;

import org.jspecify.annotations.Nullable;
import org.stationops.servicestations.AreaExtent;
import org.stationops.servicestations.Compound;
import org.stationops.servicestations.CompoundRepository;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

interface JpaCompoundRepository extends CompoundRepository, Repository<Compound, Long> {

	@Override
	@Query(value = """
			select c from Compound c
			where (:stationId is null or c.stationId = :stationId)
			  and (:text = '' or c.name like concat('%', :text, '%'))
			order by c.stationId, c.name""", countQuery = """
			select count(c) from Compound c
			where (:stationId is null or c.stationId = :stationId)
			  and (:text = '' or c.name like concat('%', :text, '%'))""")
	Page<Compound> search(@Param("stationId") @Nullable Long stationId, @Param("text") String text, Pageable pageable);

	@Override
	@Query("""
			select new org.stationops.servicestations.AreaExtent(min(c.latitude), max(c.latitude),
			  min(c.longitude), max(c.longitude))
			from Compound c
			where c.stationId = :stationId and c.areaId = :areaId""")
	AreaExtent extentOf(@Param("stationId") Long stationId, @Param("areaId") Long areaId);

}
