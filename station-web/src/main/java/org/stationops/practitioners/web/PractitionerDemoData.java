package org.stationops.practitioners.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;

import org.stationops.liaison.EnterpriseKind;
import org.stationops.liaison.EnterpriseService;
import org.stationops.practitioners.Finding;
import org.stationops.practitioners.Practitioner;
import org.stationops.practitioners.PractitionerCampaign;
import org.stationops.practitioners.PractitionerService;
import org.stationops.practitioners.Trade;
import org.stationops.shared.ResidentIdNumbers;
import org.stationops.shared.Scope;
import org.stationops.shared.web.DemoDataContributor;
import org.stationops.stations.StationService;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/**
 * Daishan's practitioners (couriers of the town's outlet, the dairy's guards, crews of
 * the fishery company) and a winter campaign with a clear check and a concern still being
 * followed up; Meilong's couriers and a campaign just started.
 */
@Component
@Order(66)
class PractitionerDemoData implements DemoDataContributor {

	private final StationService stations;

	private final EnterpriseService enterprises;

	private final PractitionerService practitioners;

	private final Clock clock;

	PractitionerDemoData(StationService stations, EnterpriseService enterprises, PractitionerService practitioners,
			Clock clock) {
		this.stations = stations;
		this.enterprises = enterprises;
		this.practitioners = practitioners;
		this.clock = clock;
	}

	@Override
	public void contribute() {
		LocalDate today = LocalDate.now(this.clock);
		Long ds = this.stations.getByCode("DS").getId();
		Scope scope = Scope.station(ds);
		Long courier = enterprise(scope, EnterpriseKind.COURIER_OUTLET);
		Long dairy = enterprise(scope, EnterpriseKind.COMPANY);
		Long fishery = enterprise(scope, EnterpriseKind.VESSEL_OPERATOR);
		Practitioner wang = register(scope, ds, courier, "王快递", "33092119950412031", Trade.COURIER);
		register(scope, ds, courier, "钱小跑", "33092119980823041", Trade.COURIER);
		register(scope, ds, dairy, "孙保安", "33092119700101051", Trade.SECURITY_GUARD);
		Practitioner crew = register(scope, ds, fishery, "林渔工", "33092119920707061", Trade.VESSEL_CREW);
		PractitionerCampaign campaign = this.practitioners.startCampaign(scope, ds, "2026 年冬季寄递和船员从业人员排查",
				today.minusDays(14), today.plusDays(16), EnumSet.of(Trade.COURIER, Trade.VESSEL_CREW));
		campaign = this.practitioners.check(scope, campaign.getId(), campaign.getVersion(), wang.getId(),
				today.minusDays(10), Finding.CLEAR, "", "", "吴敏");
		this.practitioners.check(scope, campaign.getId(), campaign.getVersion(), crew.getId(), today.minusDays(6),
				Finding.CONCERN, "无有效劳动合同，船员证过期", "督促船东补签合同并办理船员证换发，两周后复查", "周涛");

		Long ml = this.stations.getByCode("ML").getId();
		Scope meilong = Scope.station(ml);
		Long outlet = enterprise(meilong, EnterpriseKind.COURIER_OUTLET);
		register(meilong, ml, outlet, "赵顺捷", "31011219900215071", Trade.COURIER);
		register(meilong, ml, outlet, "周骑手", "31011219960530081", Trade.RIDE_HAILING);
		this.practitioners.startCampaign(meilong, ml, "梅陇镇寄递物流从业人员排查", today.minusDays(2), today.plusDays(28),
				EnumSet.of(Trade.COURIER, Trade.RIDE_HAILING));
	}

	private Long enterprise(Scope scope, EnterpriseKind kind) {
		return this.enterprises.search(scope, "", kind, null, Pageable.ofSize(1)).getContent().get(0).getId();
	}

	private Practitioner register(Scope scope, Long stationId, Long enterpriseId, String name, String first17,
			Trade trade) {
		return this.practitioners.register(scope, stationId, enterpriseId, name, ResidentIdNumbers.complete(first17),
				"137058" + first17.substring(12, 17), trade);
	}

}
