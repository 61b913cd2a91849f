package org.stationops.youth.persistence;

import org.jspecify.annotations.Nullable;
import org.stationops.youth.GroupStatus;
import org.stationops.youth.YouthGroup;
import org.stationops.youth.YouthGroupRepository;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

interface JpaYouthGroupRepository extends YouthGroupRepository, Repository<YouthGroup, Long> {

	@Override
	@Query(value = """
			select g from YouthGroup g
			where g.stationId = :stationId
			  and (:officerId is null or g.officerId = :officerId)
			  and (:status is null or g.status = :status)
			order by g.status, g.reviewOn, g.id""", countQuery = """
			select count(g) from YouthGroup g
			where g.stationId = :stationId
			  and (:officerId is null or g.officerId = :officerId)
			  and (:status is null or g.status = :status)""")
	Page<YouthGroup> list(@Param("stationId") Long stationId, @Param("officerId") @Nullable Long officerId,
			@Param("status") @Nullable GroupStatus status, Pageable pageable);

}
