package org.stationops.vessels.persistence;

import java.util.List;

import org.stationops.vessels.CrewMember;
import org.stationops.vessels.CrewMemberRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

interface JpaCrewMemberRepository extends CrewMemberRepository, Repository<CrewMember, Long> {

	@Override
	@Query("""
			select distinct c from CrewMember c left join fetch c.assignments
			where c.id in (select m.id from CrewMember m join m.assignments a
			               where a.vesselId = :vesselId and a.leftOn is null)
			order by c.role, c.name""")
	List<CrewMember> aboard(@Param("vesselId") Long vesselId);

}
