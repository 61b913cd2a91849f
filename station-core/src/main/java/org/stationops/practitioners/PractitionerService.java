package org.stationops.practitioners;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.stationops.liaison.Enterprise;
import org.stationops.liaison.EnterpriseService;
import org.stationops.shared.RuleViolationException;
import org.stationops.shared.Scope;
import org.stationops.stations.StationService;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Practitioners and their screening campaigns within the caller's {@link Scope}: another
 * station's records answer as not found.
 */
@Service
@Transactional(readOnly = true)
public class PractitionerService {

	private final PractitionerRepository practitioners;

	private final PractitionerCampaignRepository campaigns;

	private final EnterpriseService enterprises;

	private final StationService stations;

	private final Clock clock;

	PractitionerService(PractitionerRepository practitioners, PractitionerCampaignRepository campaigns,
			EnterpriseService enterprises, StationService stations, Clock clock) {
		this.practitioners = practitioners;
		this.campaigns = campaigns;
		this.enterprises = enterprises;
		this.stations = stations;
		this.clock = clock;
	}

	/**
	 * A trade's progress in a campaign: registered, checked, concerns found.
	 */
	public record Progress(Trade trade, long total, long checked, long concerns) {

	}

	public Page<Practitioner> list(Scope scope, @Nullable Trade trade, Pageable pageable) {
		return this.practitioners.list(scope.stationFilter().orElse(null), trade, pageable);
	}

	/**
	 * @return the practitioners' employers by id.
	 */
	public Map<Long, String> employerNames(List<Practitioner> practitioners) {
		Map<Long, String> names = new java.util.HashMap<>();
		this.enterprises.byIds(practitioners.stream().map(Practitioner::getEnterpriseId).distinct().toList())
			.forEach(e -> names.put(e.getId(), e.getName()));
		return names;
	}

	public List<Enterprise> employers(Scope scope, Long stationId) {
		this.stations.get(scope, stationId);
		return this.enterprises.search(Scope.station(stationId), "", null, null, Pageable.ofSize(500)).getContent();
	}

	@Transactional
	public Practitioner register(Scope scope, Long stationId, Long enterpriseId, String name, String idNumber,
			String phone, Trade trade) {
		this.stations.get(scope, stationId);
		if (!this.enterprises.get(scope, enterpriseId).getStationId().equals(stationId)) {
			throw RuleViolationException.onField("enterpriseId", "practitioners.employer.otherStation");
		}
		Practitioner practitioner = new Practitioner(stationId, enterpriseId, name, idNumber, phone, trade);
		if (this.practitioners.existsByStationIdAndIdNumber(stationId, practitioner.getIdNumber())) {
			throw RuleViolationException.onField("idNumber", "practitioners.idNumber.duplicate");
		}
		return this.practitioners.saveAndFlush(practitioner);
	}

	/**
	 * @return the campaigns, newest first, each with its checks loaded (a station runs a
	 * handful a year).
	 */
	public List<PractitionerCampaign> campaigns(Scope scope) {
		List<PractitionerCampaign> found = scope.stationFilter()
			.map(this.campaigns::findByStationIdOrderByStartsOnDescIdDesc)
			.orElseGet(this.campaigns::findAllByOrderByStartsOnDescIdDesc);
		found.forEach(PractitionerCampaign::getChecks);
		return found;
	}

	public PractitionerCampaign campaign(Scope scope, Long id) {
		PractitionerCampaign campaign = this.campaigns.findInScope(id, scope)
			.orElseThrow(() -> PractitionerNotFoundException.forId("campaign", id));
		campaign.getTrades();
		campaign.getChecks();
		return campaign;
	}

	/**
	 * @return per campaign trade: practitioners registered, checked and concerns found.
	 */
	public List<Progress> progress(PractitionerCampaign campaign) {
		Map<Trade, Long> totals = new EnumMap<>(Trade.class);
		this.practitioners.countByTrade(campaign.getStationId()).forEach(c -> totals.put(c.getTrade(), c.getTotal()));
		return campaign.getTrades()
			.stream()
			.sorted()
			.map(t -> new Progress(t, totals.getOrDefault(t, 0L),
					campaign.getChecks().stream().filter(c -> c.getTrade() == t).count(),
					campaign.getChecks().stream().filter(c -> c.getTrade() == t && c.getFinding().isConcern()).count()))
			.toList();
	}

	public Page<Practitioner> unchecked(PractitionerCampaign campaign, Pageable pageable) {
		return this.practitioners.unchecked(campaign.getStationId(), campaign.getId(), campaign.getTrades(), pageable);
	}

	public Map<Long, Practitioner> checkedPractitioners(PractitionerCampaign campaign) {
		Map<Long, Practitioner> byId = new java.util.HashMap<>();
		List<Long> ids = campaign.getChecks().stream().map(PractitionerCheck::getPractitionerId).toList();
		if (!ids.isEmpty()) {
			this.practitioners.findByIdIn(ids).forEach(p -> byId.put(p.getId(), p));
		}
		return byId;
	}

	@Transactional
	public PractitionerCampaign startCampaign(Scope scope, Long stationId, String name, LocalDate startsOn,
			LocalDate endsOn, Set<Trade> trades) {
		this.stations.get(scope, stationId);
		return this.campaigns.saveAndFlush(new PractitionerCampaign(stationId, name, startsOn, endsOn, trades));
	}

	@Transactional
	public PractitionerCampaign check(Scope scope, Long campaignId, long version, Long practitionerId, LocalDate on,
			Finding finding, String concern, String followUp, String username) {
		Practitioner practitioner = this.practitioners.findInScope(practitionerId, scope)
			.orElseThrow(() -> PractitionerNotFoundException.forId("practitioner", practitionerId));
		return work(scope, campaignId, version,
				c -> c.check(practitioner, on, username, finding, concern, followUp, today()));
	}

	@Transactional
	public PractitionerCampaign followUpDone(Scope scope, Long campaignId, long version, int index, LocalDate on,
			String outcome) {
		return work(scope, campaignId, version, c -> c.followUpDone(index, on, outcome, today()));
	}

	@Transactional
	public PractitionerCampaign close(Scope scope, Long campaignId, long version) {
		return work(scope, campaignId, version, PractitionerCampaign::close);
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

	private PractitionerCampaign work(Scope scope, Long id, long version, Consumer<PractitionerCampaign> verb) {
		PractitionerCampaign campaign = campaign(scope, id);
		if (campaign.getVersion() != version) {
			throw new RuleViolationException("practitioners.edit.conflict");
		}
		verb.accept(campaign);
		return this.campaigns.saveAndFlush(campaign);
	}

}
