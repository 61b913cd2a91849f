package org.stationops.emergency.web;

import java.time.Clock;
import java.time.LocalDate;

import org.stationops.emergency.EmergencyPlan;
import org.stationops.emergency.EmergencyPlanService;
import org.stationops.emergency.MobiliserKind;
import org.stationops.emergency.PlanDetails;
import org.stationops.emergency.Scenario;
import org.stationops.shared.Scope;
import org.stationops.shared.web.DemoDataContributor;
import org.stationops.stations.StationService;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Daishan's island plans (Zhoushan's practice): a typhoon plan drilled this summer with
 * its ordered mobilisation list, and an island-cut-off plan (岛自为战) never drilled;
 * Meilong's large-event plan last drilled more than a year ago. Both undrilled plans are
 * flagged.
 */
@Component
@Order(60)
class EmergencyDemoData implements DemoDataContributor {

	private final StationService stations;

	private final EmergencyPlanService plans;

	private final Clock clock;

	private final Scope all = Scope.bureau();

	EmergencyDemoData(StationService stations, EmergencyPlanService plans, Clock clock) {
		this.stations = stations;
		this.plans = plans;
		this.clock = clock;
	}

	@Override
	public void contribute() {
		LocalDate today = LocalDate.now(this.clock);
		Long ds = this.stations.getByCode("DS").getId();
		EmergencyPlan typhoon = this.plans.create(this.all, ds,
				new PlanDetails("岱山防台风应急预案", Scenario.TYPHOON, "县防指发布台风橙色及以上预警，或台风中心预计 24 小时内影响本岛；渔船回港避风、人员转移启动。",
						"所长任总指挥；教导员负责渔港和避风锚地；社区民警负责危旧房人员转移；巡逻组负责沿海道路管控。", "岱山派出所大院；东沙渔港码头管理站；秀山客运码头候船厅",
						"冲锋舟 2 艘，救生衣 80 件，应急照明 20 套，沙袋 500 个，卫星电话 1 部"));
		typhoon = add(typhoon, MobiliserKind.OFFICER, "派出所全体在岛民警辅警", "值班长", "13705800001", "30 分钟内到所集结");
		typhoon = add(typhoon, MobiliserKind.VOLUNTEER_TEAM, "海岛红志愿者防台分队", "分队长 王海波", "13705800002", "协助危旧房人员转移");
		typhoon = add(typhoon, MobiliserKind.ENTERPRISE_GUARDS, "岱山船舶修造厂护厂队", "保卫科 李强", "13705800003", "厂区和船坞巡查");
		typhoon = add(typhoon, MobiliserKind.VESSEL, "浙岱渔 01234 号（船老大 张德明）", "张德明", "13705800004", "锚地联络，清点回港渔船");
		typhoon = add(typhoon, MobiliserKind.OTHER, "东沙渔港码头管理站", "站长 徐建国", "0580-4470001", "通报渔船回港数");
		this.plans.recordDrill(this.all, typhoon.getId(), typhoon.getVersion(), today.minusMonths(5), 46, 28,
				"志愿者分队两人电话未接通；冲锋舟油料不足。", "每月核对志愿者电话；冲锋舟油料纳入每周装备检查。");

		EmergencyPlan island = this.plans.create(this.all, ds,
				new PlanDetails("岱山岛自为战应急预案", Scenario.ISLAND_CUT_OFF, "大风停航超过 48 小时、跨海大桥封闭或通信中断，分局支援无法上岛。",
						"所长统一指挥在岛警力、民兵、企业护厂队和志愿者。", "岱山派出所大院；衢山警务室", "储备食品和饮水 3 日，发电机 2 台，卫星电话 1 部"));
		island = add(island, MobiliserKind.OFFICER, "派出所全体在岛民警辅警", "值班长", "13705800001", "到所集结");
		add(island, MobiliserKind.VOLUNTEER_TEAM, "岱山民兵应急连", "连长 陈卫东", "13705800005", "治安巡逻和物资看护");

		Long ml = this.stations.getByCode("ML").getId();
		EmergencyPlan event = this.plans.create(this.all, ml,
				new PlanDetails("南方商圈大型活动安保预案", Scenario.LARGE_EVENT, "商圈单场活动预计人数超过 5000 人，或节假日客流超过日常两倍。",
						"所领导任现场指挥；巡逻组负责人流疏导；社区民警负责周边小区。", "南方商圈移动警务室", "铁马 200 个，扩音器 10 个，对讲机 30 部"));
		event = add(event, MobiliserKind.OFFICER, "梅陇派出所巡逻组", "组长", "13800000011", "现场分区值守");
		event = add(event, MobiliserKind.ENTERPRISE_GUARDS, "南方商场保安部", "经理 沈磊", "13800000031", "场内秩序");
		this.plans.recordDrill(this.all, event.getId(), event.getVersion(), today.minusMonths(14), 35, 20,
				"人流单向通道标识不清。", "增设导向牌。");
	}

	private EmergencyPlan add(EmergencyPlan plan, MobiliserKind kind, String name, String contact, String phone,
			String task) {
		return this.plans.addMobiliser(this.all, plan.getId(), plan.getVersion(), kind, name, contact, phone, task);
	}

}
