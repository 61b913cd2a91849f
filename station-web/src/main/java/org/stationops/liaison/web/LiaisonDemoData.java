package org.stationops.liaison.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.stationops.shared.CreditCodes;
import org.stationops.liaison.Alliance;
import org.stationops.liaison.Building;
import org.stationops.liaison.BusinessCircle;
import org.stationops.liaison.Enterprise;
import org.stationops.liaison.EnterpriseDetails;
import org.stationops.liaison.EnterpriseKind;
import org.stationops.liaison.EnterpriseService;
import org.stationops.liaison.FastChannelService;
import org.stationops.liaison.FastChannelTicket;
import org.stationops.liaison.LiaisonRegisterService;
import org.stationops.liaison.RiskLevel;
import org.stationops.liaison.ScreeningCampaign;
import org.stationops.liaison.ScreeningService;
import org.stationops.liaison.TrainingAudience;
import org.stationops.liaison.Urgency;
import org.stationops.liaison.VisitMode;
import org.stationops.liaison.VisitPurpose;
import org.stationops.liaison.VisitRecord;
import org.stationops.liaison.VisitService;
import org.stationops.officers.Officer;
import org.stationops.officers.OfficerService;
import org.stationops.shared.Scope;
import org.stationops.shared.web.DemoDataContributor;
import org.stationops.stations.StationService;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Liaison demo data: Meilong's business circles and buildings with enterprise files
 * (credit codes computed to pass the GB 32100 check), visits (some overdue), the two
 * fast-channel reports solved the day they came in, a screening campaign in progress with
 * one suspected company, training sessions and a bar alliance; a smaller set for Daishan.
 */
@Component
@Order(30)
class LiaisonDemoData implements DemoDataContributor {

	/** The demo enterprise the browser test logs a visit for (overdue in the demo). */
	static final String BROWSER_TEST_ENTERPRISE = "上海春申餐饮管理有限公司";

	private final StationService stations;

	private final OfficerService officers;

	private final EnterpriseService enterprises;

	private final LiaisonRegisterService registers;

	private final VisitService visits;

	private final FastChannelService tickets;

	private final ScreeningService screenings;

	private final Clock clock;

	private int serial;

	LiaisonDemoData(StationService stations, OfficerService officers, EnterpriseService enterprises,
			LiaisonRegisterService registers, VisitService visits, FastChannelService tickets,
			ScreeningService screenings, Clock clock) {
		this.stations = stations;
		this.officers = officers;
		this.enterprises = enterprises;
		this.registers = registers;
		this.visits = visits;
		this.tickets = tickets;
		this.screenings = screenings;
		this.clock = clock;
	}

	@Override
	public void contribute() {
		meilong();
		daishan();
	}

	private void meilong() {
		Scope ml = Scope.station(this.stations.getByCode("ML").getId());
		Officer liaison = this.officers.findByUsername("ml.liaison").orElseThrow();
		String user = liaison.getUsername();
		BusinessCircle bizDistrict = this.registers.createCircle(ml, "梅陇商务区");
		BusinessCircle chunshen = this.registers.createCircle(ml, "春申商圈");
		BusinessCircle lianhua = this.registers.createCircle(ml, "莲花南路商圈");
		BusinessCircle hongmei = this.registers.createCircle(ml, "虹梅南路商圈");
		Building tower = this.registers.createBuilding(ml, "梅陇商务大厦", "梅陇镇莲花南路2000号", bizDistrict.getId());
		Building park = this.registers.createBuilding(ml, "春申科技园A座", "春申路1088号", chunshen.getId());
		Building plaza = this.registers.createBuilding(ml, "莲花国际广场", "莲花南路1500号", lianhua.getId());
		Building creative = this.registers.createBuilding(ml, "虹梅南路创意园", "虹梅南路3000号", hongmei.getId());
		Alliance bars = this.registers.createAlliance(ml, "莲花南路酒吧联盟", "酒吧联盟", LocalDate.of(2025, 3, 1), 150,
				"参照深圳福田“cocopark 酒吧一条街”做法：整合片区各管理处、酒吧商家的保安力量。", "福田酒吧联盟整合 150 名保安，成立后片区 110 警情同比下降 32%；本联盟按同一做法运行。");

		LocalDate today = LocalDate.now(this.clock);
		Enterprise tuhu = company(ml, liaison, "上海途虎信息技术有限公司", "互联网汽车后市场服务", bizDistrict, tower, "18F", 300, "A",
				RiskLevel.LOW, null, today.minusYears(8), today.plusYears(3));
		visit(ml, tuhu, liaison, today.minusDays(5), VisitMode.VISIT,
				EnumSet.of(VisitPurpose.POLICY_BRIEFING, VisitPurpose.SELF_CHECK_GUIDANCE), "", "");
		Enterprise browser = company(ml, liaison, BROWSER_TEST_ENTERPRISE, "餐饮管理", chunshen, park, "1F-103", 40, "C",
				RiskLevel.LOW, null, today.minusYears(2), today.plusYears(1));
		visit(ml, browser, liaison, today.minusDays(41), VisitMode.VISIT, EnumSet.of(VisitPurpose.ROUTINE), "", "");
		String[][] more = { { "上海梅陇示范贸易有限公司", "商贸" }, { "上海莲花数码科技有限公司", "软件" }, { "上海虹梅文化传媒有限公司", "文化传媒" },
				{ "上海春申物业管理有限公司", "物业管理" }, { "上海陇南建筑装饰工程有限公司", "建筑装饰" }, { "上海梅江供应链管理有限公司", "供应链" },
				{ "上海华梅医疗器械有限公司", "医疗器械" }, { "上海朱行教育科技有限公司", "教育科技" } };
		BusinessCircle[] circles = { bizDistrict, chunshen, lianhua, hongmei };
		Building[] buildings = { tower, park, plaza, creative };
		for (int i = 0; i < more.length; i++) {
			Enterprise e = company(ml, liaison, more[i][0], more[i][1], circles[i % 4], buildings[i % 4], (5 + i) + "F",
					20 + i * 7, "B", RiskLevel.LOW, null, today.minusYears(1), today.plusYears(2));
			int daysAgo = (i % 3 == 0) ? 35 + i : 3 + i;
			visit(ml, e, liaison, today.minusDays(daysAgo), VisitMode.VISIT,
					EnumSet.of(VisitPurpose.ROUTINE, VisitPurpose.ANTI_FRAUD_PUBLICITY), "", "");
		}
		Enterprise xinhui = company(ml, liaison, "上海鑫汇投资管理有限公司", "投资管理", bizDistrict, tower, "21F-2105", 60, "",
				RiskLevel.HIGH, null, today.minusMonths(2), today.plusMonths(4));
		Enterprise ruixin = company(ml, liaison, "上海瑞信网络科技有限公司", "网络科技", chunshen, park, "6F-612", 35, "",
				RiskLevel.MEDIUM, null, today.minusMonths(5), today.plusMonths(5));
		visit(ml, ruixin, liaison, today.minusDays(12), VisitMode.VISIT, EnumSet.of(VisitPurpose.SECURITY_INSPECTION),
				"消防通道堆放纸箱", "清理消防通道");
		for (String bar : List.of("莲花南路1号酒吧", "莲花南路蓝调酒吧", "莲花南路星光KTV")) {
			Enterprise e = create(ml, liaison, EnterpriseKind.BAR_VENUE, bar, "餐饮娱乐", lianhua, plaza, 25,
					RiskLevel.MEDIUM, bars.getId(), today.minusYears(1), today.plusYears(1));
			visit(ml, e, liaison, today.minusDays(9), VisitMode.VISIT, EnumSet.of(VisitPurpose.SECURITY_INSPECTION), "",
					"");
		}
		create(ml, liaison, EnterpriseKind.COURIER_OUTLET, "梅陇镇顺捷快递网点", "快递", hongmei, null, 12, RiskLevel.LOW, null,
				null, null);
		create(ml, liaison, EnterpriseKind.CONSTRUCTION_UNIT, "上海建工梅陇项目部", "建筑施工", bizDistrict, null, 180,
				RiskLevel.MEDIUM, null, null, null);

		ZoneId zone = this.clock.getZone();
		int year = today.getMonthValue() >= 6 ? today.getYear() : today.getYear() - 1;
		FastChannelTicket extortion = this.tickets.open(ml, tuhu.getId(), "敲诈勒索", Urgency.URGENT,
				"离职员工以所谓“公司违规保养证据”视频勒索 200 万元。", LocalDateTime.of(year, 5, 12, 9, 30).atZone(zone).toInstant());
		this.tickets.resolve(ml, extortion.getId(), extortion.getVersion(),
				LocalDateTime.of(year, 5, 12, 20, 0).atZone(zone).toInstant(), false, "接报当天专案调查，抓获嫌疑人邹某，已采取刑事强制措施。",
				null, null);
		FastChannelTicket video = this.tickets.open(ml, tuhu.getId(), "恶意诋毁（网络视频）", Urgency.URGENT,
				"有人在抖音发布恶意诋毁公司的“黑视频”，在朋友圈和车友群大量转发，影响轮胎销售。",
				LocalDateTime.of(year, 5, 14, 10, 0).atZone(zone).toInstant());
		this.tickets.resolve(ml, video.getId(), video.getVersion(),
				LocalDateTime.of(year, 5, 14, 22, 0).atZone(zone).toInstant(), false,
				"当天锁定嫌疑人苏某（福建泉州），嫌疑人写下道歉书并拍摄道歉视频。", null, null);
		this.tickets.open(ml, ruixin.getId(), "咨询", Urgency.NORMAL, "企业咨询员工背景核查及防范电信诈骗培训安排。", null);

		ScreeningCampaign campaign = this.screenings.startCampaign(ml, "梅陇商务楼宇诈骗公司排摸（冬季）", today.minusDays(10),
				today.plusDays(50), List.of(bizDistrict.getId(), chunshen.getId()), List.of(), "");
		this.screenings.screen(ml, campaign.getId(), tuhu.getId(), liaison.getId(), Set.of(), "", null);
		this.screenings.screen(ml, campaign.getId(), ruixin.getId(), liaison.getId(),
				Set.of("DENSE_COMPUTERS", "DENSE_PHONES", "SHORT_LEASE"), "工位约 30 台电脑、40 部座机，租期 10 个月。",
				today.plusDays(30));
		this.screenings.screen(ml, campaign.getId(), xinhui.getId(), liaison.getId(),
				Set.of("POSING_AS_INTERNET_OR_INVESTMENT", "DENSE_COMPUTERS", "DENSE_PHONES", "PHONE_SALES_STAFF",
						"HIGH_RETURN_PROMISES", "SHORT_LEASE"),
				"以投资管理公司名义经营；60 个工位均配电脑和座机；员工以电话推销“理财产品”，宣称月收益 8%；租期 6 个月。", today.plusDays(14));

		this.registers.createTraining(ml, "防盗防火与反诈骗知识", TrainingAudience.BOTH, "李娜", today.minusDays(21),
				"2026 秋季轮训 第1周", "梅陇商务大厦物业、春申科技园保安队", 46);
		this.registers.createTraining(ml, "金融法律常识与可疑情况报告", TrainingAudience.PROPERTY, "李娜", today.minusDays(14),
				"2026 秋季轮训 第2周", "莲花国际广场、虹梅南路创意园物业", 38);
		this.registers.createTraining(ml, "酒吧街夜间安保与纠纷处置", TrainingAudience.SECURITY, "王强", today.minusDays(7),
				"酒吧联盟季度培训", "莲花南路酒吧联盟各商家保安", 150);
	}

	private void daishan() {
		Scope ds = Scope.station(this.stations.getByCode("DS").getId());
		Officer liaison = this.officers.findByUsername("ds.liaison").orElseThrow();
		BusinessCircle circle = this.registers.createCircle(ds, "岱山商圈");
		BusinessCircle park = this.registers.createCircle(ds, "岱山工业园");
		LocalDate today = LocalDate.now(this.clock);
		Enterprise dairy = company(ds, liaison, "南昌岱山乳业有限公司", "乳制品", park, null, "", 420, "A", RiskLevel.LOW, null,
				null, null);
		visit(ds, dairy, liaison, today.minusDays(20), VisitMode.VISIT, EnumSet.of(VisitPurpose.SECURITY_INSPECTION),
				"", "");
		create(ds, liaison, EnterpriseKind.INDIVIDUAL_BUSINESS, "岱山路便民超市", "零售", circle, null, 6, RiskLevel.LOW, null,
				null, null);
		create(ds, liaison, EnterpriseKind.MARKET_STALL, "岱山农贸市场 12 号摊位", "农产品", circle, null, 2, RiskLevel.LOW, null,
				null, null);
		Enterprise courier = create(ds, liaison, EnterpriseKind.COURIER_OUTLET, "岱山街道速达快递网点", "快递", circle, null, 15,
				RiskLevel.LOW, null, null, null);
		visit(ds, courier, liaison, today.minusDays(50), VisitMode.VISIT, EnumSet.of(VisitPurpose.ANTI_FRAUD_PUBLICITY),
				"", "");
		this.registers.createTraining(ds, "安全防范服务站联防培训", TrainingAudience.SECURITY, "吴敏", today.minusDays(10), "",
				"岱山工业园企业保安", 32);
	}

	private Enterprise company(Scope scope, Officer liaison, String name, String industry, BusinessCircle circle,
			@Nullable Building building, String floor, int headcount, String taxTier, RiskLevel risk,
			@Nullable Long allianceId, @Nullable LocalDate leaseStart, @Nullable LocalDate leaseEnd) {
		EnterpriseDetails d = new EnterpriseDetails(EnterpriseKind.COMPANY, name, nextCode(scope), industry,
				(building != null) ? building.getAddress() : "", circle.getId(),
				(building != null) ? building.getId() : null, floor, NAMES[this.serial % NAMES.length],
				residentId(this.serial), "1380013" + String.format("%04d", this.serial), "", "", "", leaseStart,
				leaseEnd, headcount, taxTier, leaseStart, risk, allianceId, null, null);
		return this.enterprises.create(scope, d, false, liaison.getId(), liaison.getUsername());
	}

	private Enterprise create(Scope scope, Officer liaison, EnterpriseKind kind, String name, String industry,
			BusinessCircle circle, @Nullable Building building, int headcount, RiskLevel risk,
			@Nullable Long allianceId, @Nullable LocalDate leaseStart, @Nullable LocalDate leaseEnd) {
		String code = (kind == EnterpriseKind.MARKET_STALL) ? "" : nextCode(scope);
		EnterpriseDetails d = new EnterpriseDetails(kind, name, code, industry,
				(building != null) ? building.getAddress() : "", circle.getId(),
				(building != null) ? building.getId() : null, "", "", "", "", "", "", "", leaseStart, leaseEnd,
				headcount, "", leaseStart, risk, allianceId, null, null);
		return this.enterprises.create(scope, d, false, liaison.getId(), liaison.getUsername());
	}

	private void visit(Scope scope, Enterprise e, Officer officer, LocalDate on, VisitMode mode,
			Set<VisitPurpose> purposes, String hazard, String followUp) {
		this.visits.log(scope, e.getId(), officer.getId(), new VisitRecord(mode, on, purposes, "企业负责人", "经营正常，已开展宣传。",
				hazard, followUp, hazard.isEmpty() ? null : on.plusDays(7)));
	}

	private static final String[] NAMES = { "张伟", "王芳", "李强", "刘洋", "陈静", "杨帆", "赵磊", "黄丽", "周杰", "吴婷" };

	/**
	 * A fictional resident ID number (Minhang, born in the 1980s) with its GB 11643 check
	 * character.
	 */
	static String residentId(int serial) {
		String first17 = "310112198" + (serial % 10) + "0" + (1 + serial % 9) + "1" + (1 + serial % 9)
				+ String.format("%03d", serial % 1000);
		int[] weights = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (first17.charAt(i) - '0') * weights[i];
		}
		return first17 + "10X98765432".charAt(sum % 11);
	}

	private String nextCode(Scope scope) {
		this.serial++;
		String region = "ML".equals(this.stations.get(scope, scope.stationId()).getCode()) ? "310112" : "360104";
		return CreditCodes.complete("91" + region + "MA1FL" + String.format("%04d", this.serial));
	}

}
