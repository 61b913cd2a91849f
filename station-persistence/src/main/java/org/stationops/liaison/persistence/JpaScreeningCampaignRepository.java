package org.stationops.liaison.persistence;

import java.util.Collection;
import java.util.List;

import org.stationops.liaison.CampaignTarget;
import org.stationops.liaison.CircleProgress;
import org.stationops.liaison.ScreeningCampaign;
import org.stationops.liaison.ScreeningCampaignRepository;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

interface JpaScreeningCampaignRepository extends ScreeningCampaignRepository, Repository<ScreeningCampaign, Long> {

	@Override
	@Modifying
	@Query(nativeQuery = true,
			value = """
					insert into screening_targets (campaign_id, enterprise_id, station_id, business_circle_id)
					select :campaignId, e.id, e.station_id,
					       coalesce(e.business_circle_id, (select b.business_circle_id from buildings b where b.id = e.building_id))
					from enterprises e
					where e.station_id = :stationId
					  and (e.business_circle_id in (:circleIds) or e.building_id in (:buildingIds))
					on conflict do nothing
					""")
	int addTargets(@Param("campaignId") Long campaignId, @Param("stationId") Long stationId,
			@Param("circleIds") Collection<Long> circleIds, @Param("buildingIds") Collection<Long> buildingIds);

	@Override
	@Query(nativeQuery = true, value = """
			select coalesce(c.name, '—') as "circle", count(*) as "total", count(s.id) as "covered",
			       count(s.id) filter (where s.conclusion <> 'CLEAR') as "flagged",
			       count(s.id) filter (where s.lead_raised_at is not null) as "confirmed"
			from screening_targets t
			left join business_circles c on c.id = t.business_circle_id
			left join screenings s on s.campaign_id = t.campaign_id and s.enterprise_id = t.enterprise_id
			where t.campaign_id = :campaignId
			group by c.name
			order by c.name nulls last
			""")
	List<CircleProgress> progress(@Param("campaignId") Long campaignId);

	@Override
	@Query(nativeQuery = true, value = """
			select e.id as "enterpriseId", e.name as "name", e.credit_code as "creditCode", c.name as "circle",
			       s.id as "screeningId", s.conclusion as "conclusion", s.score as "score"
			from screening_targets t
			join enterprises e on e.id = t.enterprise_id
			left join business_circles c on c.id = t.business_circle_id
			left join screenings s on s.campaign_id = t.campaign_id and s.enterprise_id = t.enterprise_id
			where t.campaign_id = :campaignId and (:openOnly = false or s.id is null)
			order by c.name nulls last, e.name, e.id
			""", countQuery = """
			select count(*) from screening_targets t
			left join screenings s on s.campaign_id = t.campaign_id and s.enterprise_id = t.enterprise_id
			where t.campaign_id = :campaignId and (:openOnly = false or s.id is null)
			""")
	Page<CampaignTarget> targets(@Param("campaignId") Long campaignId, @Param("openOnly") boolean openOnly,
			Pageable pageable);

	@Override
	@Query(nativeQuery = true,
			value = "select exists (select 1 from screening_targets where campaign_id = :campaignId and enterprise_id = :enterpriseId)")
	boolean isTarget(@Param("campaignId") Long campaignId, @Param("enterpriseId") Long enterpriseId);

	@Override
	@Query(nativeQuery = true, value = """
			select c.* from screening_campaigns c
			join screening_targets t on t.campaign_id = c.id
			where t.enterprise_id = :enterpriseId and c.status = 'ACTIVE'
			order by c.starts_on desc
			""")
	List<ScreeningCampaign> activeCampaignsFor(@Param("enterpriseId") Long enterpriseId);

}
