package org.stationops.liaison.persistence;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.stationops.liaison.Enterprise;
import org.stationops.liaison.EnterpriseKind;
import org.stationops.liaison.EnterpriseRepository;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

interface JpaEnterpriseRepository extends EnterpriseRepository, Repository<Enterprise, Long> {

	@Override
	@Query("""
			select e from Enterprise e
			where (:stationId is null or e.stationId = :stationId)
			  and (:text = '' or e.name like concat('%', :text, '%') or e.creditCode like concat(:text, '%'))
			  and (:kind is null or e.kind = :kind)
			  and (:circleId is null or e.businessCircleId = :circleId)
			  and e.nextDueOn < :dueBefore
			""")
	Page<Enterprise> search(@Param("stationId") @Nullable Long stationId, @Param("text") String text,
			@Param("kind") @Nullable EnterpriseKind kind, @Param("circleId") @Nullable Long circleId,
			@Param("dueBefore") LocalDate dueBefore, Pageable pageable);

	@Override
	@Query("select e.creditCode from Enterprise e where e.stationId = :stationId and e.creditCode is not null")
	List<String> creditCodesAt(@Param("stationId") Long stationId);

}
