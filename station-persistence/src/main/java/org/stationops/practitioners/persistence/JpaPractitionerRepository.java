package org.stationops.practitioners.persistence;

import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.stationops.practitioners.Practitioner;
import org.stationops.practitioners.PractitionerRepository;
import org.stationops.practitioners.Trade;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

interface JpaPractitionerRepository extends PractitionerRepository, Repository<Practitioner, Long> {

	@Override
	@Query(value = """
			select p from Practitioner p
			where (:stationId is null or p.stationId = :stationId)
			  and (:trade is null or p.trade = :trade)
			order by p.stationId, p.trade, p.name, p.id""", countQuery = """
			select count(p) from Practitioner p
			where (:stationId is null or p.stationId = :stationId)
			  and (:trade is null or p.trade = :trade)""")
	Page<Practitioner> list(@Param("stationId") @Nullable Long stationId, @Param("trade") @Nullable Trade trade,
			Pageable pageable);

	@Override
	@Query(value = """
			select p from Practitioner p
			where p.stationId = :stationId and p.trade in :trades
			  and p.id not in (select c.practitionerId from PractitionerCampaign k join k.checks c where k.id = :campaignId)
			order by p.trade, p.name, p.id""",
			countQuery = """
					select count(p) from Practitioner p
					where p.stationId = :stationId and p.trade in :trades
					  and p.id not in (select c.practitionerId from PractitionerCampaign k join k.checks c where k.id = :campaignId)""")
	Page<Practitioner> unchecked(@Param("stationId") Long stationId, @Param("campaignId") Long campaignId,
			@Param("trades") Collection<Trade> trades, Pageable pageable);

	@Override
	@Query("select p.trade as trade, count(p) as total from Practitioner p where p.stationId = :stationId group by p.trade")
	List<TradeCount> countByTrade(@Param("stationId") Long stationId);

}
