package org.stationops.analysis.web;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.stationops.analysis.AdviceDetails;
import org.stationops.analysis.AdviceQueries;
import org.stationops.analysis.AdviceTarget;
import org.stationops.analysis.PatternOutcome;
import org.stationops.analysis.PreventionAdvice;
import org.stationops.analysis.PreventionAdviceService;
import org.stationops.shared.Scope;
import org.stationops.shared.web.DemoDataContributor;
import org.stationops.stations.StationService;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Meilong's prevention advice: one to a compound sent three weeks ago, answered and
 * reviewed, one to an enterprise sent last week and waiting for its reply, and a draft to
 * a service station.
 */
@Component
@Order(90)
class AdviceDemoData implements DemoDataContributor {

	private final StationService stations;

	private final PreventionAdviceService advice;

	private final Scope all = Scope.bureau();

	AdviceDemoData(StationService stations, PreventionAdviceService advice) {
		this.stations = stations;
		this.advice = advice;
	}

	@Override
	public void contribute() {
		Long ml = this.stations.getByCode("ML").getId();
		LocalDate today = this.advice.today();
		AdviceQueries.Target compound = first(ml, AdviceTarget.COMPOUND);
		AdviceQueries.Target enterprise = first(ml, AdviceTarget.ENTERPRISE);
		AdviceQueries.Target station = first(ml, AdviceTarget.SERVICE_STATION);
		if (compound != null) {
			PreventionAdvice a = this.advice.write(this.all, ml,
					new AdviceDetails(AdviceTarget.COMPOUND, compound.id(), compound.areaId(), "CRIMINAL",
							"热点：夜间 22 时至次日 1 时电动车盗窃集中，连续三周每周 3 起以上。",
							"1. 车棚加装照明和摄像头，夜间上锁；2. 物业保安 22 时后每小时巡查车棚一次；3. 张贴防盗提示，提醒业主使用车锁和定位器。"),
					"ml.supervisor");
			a = this.advice.send(this.all, a.getId(), a.getVersion(), today.minusDays(21));
			a = this.advice.recordReply(this.all, a.getId(), a.getVersion(), today.minusDays(17),
					"物业已在两个车棚加装 LED 灯和 2 个摄像头，保安夜间巡查已排班。");
			this.advice.review(this.all, a.getId(), a.getVersion(), PatternOutcome.IMPROVED,
					"措施落实后夜间电动车盗窃明显减少，继续观察一个月。");
		}
		if (enterprise != null) {
			PreventionAdvice a = this.advice.write(this.all, ml,
					new AdviceDetails(AdviceTarget.ENTERPRISE, enterprise.id(), null, "CRIMINAL.FRAUD",
							"同类警情：本月员工接到冒充客服退款电话被骗 2 起。", "组织员工反诈培训，安装国家反诈中心 App；财务转账双人核对。"),
					"ml.supervisor");
			this.advice.send(this.all, a.getId(), a.getVersion(), today.minusDays(6));
		}
		if (station != null) {
			this.advice.write(this.all, ml, new AdviceDetails(AdviceTarget.SERVICE_STATION, station.id(),
					station.areaId(), null, "热点：周末晚间景区周边纠纷警情增多。", "周五、周六晚间延长服务站开放至 23 时，增派一名队员巡查。"), "ml.supervisor");
		}
	}

	private AdviceQueries.@Nullable Target first(Long stationId, AdviceTarget kind) {
		return this.advice.targets(stationId).stream().filter(t -> t.kind() == kind).findFirst().orElse(null);
	}

}
