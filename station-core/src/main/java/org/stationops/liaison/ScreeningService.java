package org.stationops.liaison;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.stationops.shared.RuleViolationException;
import org.stationops.shared.Scope;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fraud-company screening (商务楼宇诈骗公司十大特征排摸法): the weighted checklist, campaigns with their
 * target lists and progress, screenings, and case leads.
 */
@Service
@Transactional(readOnly = true)
public class ScreeningService {

	private final ScreeningFeatureRepository features;

	private final ScreeningCampaignRepository campaigns;

	private final ScreeningRepository screenings;

	private final EnterpriseService enterprises;

	private final ApplicationEventPublisher events;

	private final LiaisonRegisterService registers;

	private final Clock clock;

	ScreeningService(ScreeningFeatureRepository features, ScreeningCampaignRepository campaigns,
			ScreeningRepository screenings, EnterpriseService enterprises, ApplicationEventPublisher events,
			LiaisonRegisterService registers, Clock clock) {
		this.registers = registers;
		this.features = features;
		this.campaigns = campaigns;
		this.screenings = screenings;
		this.enterprises = enterprises;
		this.events = events;
		this.clock = clock;
	}

	public List<ScreeningFeature> checklist() {
		return this.features.findAllByOrderByPosition();
	}

	/**
	 * @param weights new weight by feature code; {@code versions} the versions the form
	 * showed.
	 */
	@Transactional
	public void updateWeights(Map<String, Integer> weights, Map<String, Long> versions) {
		for (ScreeningFeature feature : checklist()) {
			Integer weight = weights.get(feature.getCode());
			if (weight == null) {
				continue;
			}
			if (!Objects.equals(versions.get(feature.getCode()), feature.getVersion())) {
				throw new RuleViolationException("common.error.staleVersion");
			}
			if (weight < 0 || weight > 100) {
				throw new RuleViolationException("liaison.checklist.weightRange");
			}
			feature.changeWeight(weight);
			this.features.save(feature);
		}
	}

	public List<ScreeningCampaign> campaigns(Scope scope) {
		return scope.stationFilter()
			.map(this.campaigns::findByStationIdOrderByStartsOnDescIdDesc)
			.orElseGet(this.campaigns::findAllByOrderByStartsOnDescIdDesc);
	}

	public ScreeningCampaign campaign(Scope scope, Long id) {
		return this.campaigns.findInScope(id, scope).orElseThrow(() -> LiaisonNotFoundException.forId("campaign", id));
	}

	@Transactional
	public ScreeningCampaign startCampaign(Scope scope, String name, LocalDate startsOn, LocalDate endsOn,
			Collection<Long> circleIds, Collection<Long> buildingIds, String scopeNote) {
		Long stationId = EnterpriseService.stationOf(scope);
		if (endsOn.isBefore(startsOn)) {
			throw RuleViolationException.onField("endsOn", "liaison.campaign.endBeforeStart");
		}
		if (circleIds.isEmpty() && buildingIds.isEmpty()) {
			throw RuleViolationException.onField("circleIds", "liaison.campaign.targetsRequired");
		}
		try {
			circleIds.forEach(id -> this.registers.checkBelongs(stationId, id, null, null));
			buildingIds.forEach(id -> this.registers.checkBelongs(stationId, null, id, null));
		}
		catch (RuleViolationException ex) {
			throw RuleViolationException.onField("circleIds", "liaison.register.unknown");
		}
		ScreeningCampaign campaign = this.campaigns
			.save(new ScreeningCampaign(stationId, name.trim(), startsOn, endsOn, scopeNote.trim()));
		this.campaigns.addTargets(campaign.getId(), stationId, circleIds.isEmpty() ? List.of(-1L) : circleIds,
				buildingIds.isEmpty() ? List.of(-1L) : buildingIds);
		return campaign;
	}

	@Transactional
	public void closeCampaign(Scope scope, Long id) {
		ScreeningCampaign campaign = campaign(scope, id);
		campaign.close();
		this.campaigns.save(campaign);
	}

	public List<CircleProgress> progress(Scope scope, Long campaignId) {
		campaign(scope, campaignId);
		return this.campaigns.progress(campaignId);
	}

	public Page<CampaignTarget> targets(Scope scope, Long campaignId, boolean openOnly, Pageable pageable) {
		campaign(scope, campaignId);
		return this.campaigns.targets(campaignId, openOnly, pageable);
	}

	public List<Screening> flagged(Scope scope, Long campaignId) {
		campaign(scope, campaignId);
		return this.screenings.findByCampaignIdAndConclusionNotOrderByScoreDesc(campaignId, Conclusion.CLEAR);
	}

	/**
	 * @return screenings whose re-screen date falls within the next {@code days} days (or
	 * has passed), earliest first, at most 50.
	 */
	public List<Screening> rescreensDue(Scope scope, int days) {
		LocalDate until = LocalDate.now(this.clock).plusDays(days);
		return scope.stationFilter()
			.map(s -> this.screenings.findTop50ByStationIdAndRescreenOnLessThanEqualOrderByRescreenOnAsc(s, until))
			.orElseGet(() -> this.screenings.findTop50ByRescreenOnLessThanEqualOrderByRescreenOnAsc(until));
	}

	public List<Screening> forEnterprise(Scope scope, Long enterpriseId) {
		this.enterprises.get(scope, enterpriseId);
		return this.screenings.findByEnterpriseIdOrderByScreenedOnDescIdDesc(enterpriseId);
	}

	public List<ScreeningCampaign> activeCampaignsFor(Scope scope, Long enterpriseId) {
		this.enterprises.get(scope, enterpriseId);
		return this.campaigns.activeCampaignsFor(enterpriseId);
	}

	public @Nullable Screening existing(Long campaignId, Long enterpriseId) {
		return this.screenings.findByCampaignIdAndEnterpriseId(campaignId, enterpriseId).orElse(null);
	}

	public Screening screening(Scope scope, Long id) {
		return this.screenings.findInScope(id, scope)
			.orElseThrow(() -> LiaisonNotFoundException.forId("screening", id));
	}

	/**
	 * Records (or replaces) the enterprise's screening in the campaign.
	 */
	@Transactional
	public Screening screen(Scope scope, Long campaignId, Long enterpriseId, Long officerId, Set<String> observed,
			String evidence, @Nullable LocalDate rescreenOn) {
		ScreeningCampaign campaign = campaign(scope, campaignId);
		Enterprise enterprise = this.enterprises.get(scope, enterpriseId);
		if (!campaign.isActive()) {
			throw new RuleViolationException("liaison.campaign.closed");
		}
		if (!this.campaigns.isTarget(campaignId, enterpriseId)) {
			throw new RuleViolationException("liaison.campaign.notTarget");
		}
		LocalDate today = LocalDate.now(this.clock);
		if (rescreenOn != null && !rescreenOn.isAfter(today)) {
			throw RuleViolationException.onField("rescreenOn", "liaison.screening.rescreenInPast");
		}
		List<ScreeningFeature> checklist = checklist();
		Set<String> known = checklist.stream().map(ScreeningFeature::getCode).collect(Collectors.toSet());
		Set<String> codes = observed.stream()
			.filter(known::contains)
			.collect(Collectors.toCollection(java.util.LinkedHashSet::new));
		int score = ScreeningScore.score(checklist, codes);
		if (ScreeningScore.conclusion(score) != Conclusion.CLEAR && evidence.isBlank()) {
			throw RuleViolationException.onField("evidence", "liaison.screening.evidenceRequired");
		}
		Screening screening = this.screenings.findByCampaignIdAndEnterpriseId(campaignId, enterpriseId)
			.orElseGet(() -> new Screening(enterprise.getStationId(), campaignId, enterpriseId));
		if (screening.isLeadRaised()) {
			throw new RuleViolationException("liaison.screening.leadAlreadyRaised");
		}
		screening.record(officerId, today, codes, evidence.trim(), score, rescreenOn);
		return this.screenings.save(screening);
	}

	/**
	 * Turns a suspected screening into a case lead: records who and when, and publishes
	 * {@link FraudLeadRaised}.
	 */
	@Transactional
	public Screening raiseLead(Scope scope, Long screeningId, String username, Long officerId) {
		Screening screening = screening(scope, screeningId);
		if (screening.getConclusion() != Conclusion.SUSPECTED) {
			throw new RuleViolationException("liaison.screening.notSuspected");
		}
		if (screening.isLeadRaised()) {
			throw new RuleViolationException("liaison.screening.leadAlreadyRaised");
		}
		Enterprise enterprise = this.enterprises.get(scope, screening.getEnterpriseId());
		screening.raiseLead(username, this.clock.instant());
		this.screenings.save(screening);
		this.events.publishEvent(new FraudLeadRaised(screening.getStationId(), enterprise.getId(), enterprise.getName(),
				Objects.toString(enterprise.getCreditCode(), ""), screening.getScore(), screening.getEvidence(),
				officerId, Objects.requireNonNull(screening.getLeadRaisedAt())));
		return screening;
	}

}
