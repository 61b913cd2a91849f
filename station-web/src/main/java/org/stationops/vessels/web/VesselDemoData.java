package org.stationops.vessels.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.stationops.liaison.Enterprise;
import org.stationops.liaison.EnterpriseDetails;
import org.stationops.liaison.EnterpriseKind;
import org.stationops.liaison.EnterpriseService;
import org.stationops.officers.Officer;
import org.stationops.officers.OfficerService;
import org.stationops.shared.CreditCodes;
import org.stationops.shared.ResidentIdNumbers;
import org.stationops.shared.Scope;
import org.stationops.shared.web.DemoDataContributor;
import org.stationops.stations.StationService;
import org.stationops.vessels.CrewDetails;
import org.stationops.vessels.CrewRole;
import org.stationops.vessels.CrewService;
import org.stationops.vessels.OutreachKind;
import org.stationops.vessels.Vessel;
import org.stationops.vessels.VesselDetails;
import org.stationops.vessels.VesselKind;
import org.stationops.vessels.VesselService;
import org.stationops.vessels.VesselStatus;
import org.stationops.vessels.WantedImport;
import org.stationops.vessels.WantedListService;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Daishan's fleet (Zhoushan's 远洋码 practice): two fishing vessels, an ocean-going vessel
 * abroad and a cargo vessel, with their crews, legal education and a joint check; the
 * station's wanted list with one planted entry, a deckhand aboard 浙岱渔 05678 now at sea,
 * so recording its return opens a task for the officer. Meilong has one cargo vessel on
 * the Huangpu with its crew.
 */
@Component
@Order(65)
class VesselDemoData implements DemoDataContributor {

	/** The planted wanted-list entry: 陈海生, deckhand aboard 浙岱渔 05678. */
	static final String PLANTED_ID = ResidentIdNumbers.complete("33092119880315041");

	private final StationService stations;

	private final OfficerService officers;

	private final EnterpriseService enterprises;

	private final VesselService vessels;

	private final CrewService crew;

	private final WantedListService wanted;

	private final Clock clock;

	private final Scope all = Scope.bureau();

	VesselDemoData(StationService stations, OfficerService officers, EnterpriseService enterprises,
			VesselService vessels, CrewService crew, WantedListService wanted, Clock clock) {
		this.stations = stations;
		this.officers = officers;
		this.enterprises = enterprises;
		this.vessels = vessels;
		this.crew = crew;
		this.wanted = wanted;
		this.clock = clock;
	}

	@Override
	public void contribute() {
		LocalDate today = LocalDate.now(this.clock);
		daishan(today);
		meilong(today);
	}

	private void daishan(LocalDate today) {
		Long ds = this.stations.getByCode("DS").getId();
		Scope scope = Scope.station(ds);
		Officer officer = this.officers.findByUsername("ds.officer").orElseThrow();
		Officer liaison = this.officers.findByUsername("ds.liaison").orElseThrow();
		Enterprise fishery = owner(scope, liaison, "岱山县东沙远洋渔业有限公司", "91330921MA2A00011");
		Enterprise shipping = owner(scope, liaison, "浙江岱山海运有限公司", "91330921MA2A00022");

		Vessel zdy01234 = vessel(ds, "浙岱渔 01234", "ZDY01234", VesselKind.FISHING, "岱山东沙渔港", fishery, officer,
				VesselStatus.IN_PORT, today.minusDays(60));
		sign(zdy01234, "张德明", "330921197203150418", "13705800004", CrewRole.CAPTAIN, fishery, today.minusDays(400));
		sign(zdy01234, "徐小波", "330921198511200314", "13705800021", CrewRole.ENGINEER, fishery, today.minusDays(300));
		sign(zdy01234, "李阿四", "330921199002080516", "13705800022", CrewRole.DECKHAND, fishery, today.minusDays(200));
		zdy01234 = this.vessels.get(this.all, zdy01234.getId());
		this.vessels.changeStatus(this.all, zdy01234.getId(), zdy01234.getVersion(), VesselStatus.AT_SEA,
				today.minusDays(40), "伏季休渔结束出海", "周涛");
		zdy01234 = this.vessels.get(this.all, zdy01234.getId());
		this.vessels.changeStatus(this.all, zdy01234.getId(), zdy01234.getVersion(), VesselStatus.IN_PORT,
				today.minusDays(5), "回港卸货", "周涛");
		zdy01234 = this.vessels.get(this.all, zdy01234.getId());
		zdy01234 = this.vessels.recordJointCheck(this.all, zdy01234.getId(), zdy01234.getVersion(), today.minusDays(4),
				"岱山边检站 李明", "船东代表 张德明", "东沙码头管理站 徐建国", "船员证件齐全，未发现异常。", "周涛");
		this.vessels.recordOutreach(this.all, zdy01234.getId(), zdy01234.getVersion(), OutreachKind.EDUCATION_ON_SITE,
				today.minusDays(4), 3, "海上治安与禁毒法制教育", "码头现场宣讲，发放宣传册。");

		Vessel zdy05678 = vessel(ds, "浙岱渔 05678", "ZDY05678", VesselKind.FISHING, "岱山东沙渔港", fishery, officer,
				VesselStatus.IN_PORT, today.minusDays(90));
		sign(zdy05678, "邱海", "330921197806120739", "13705800009", CrewRole.CAPTAIN, fishery, today.minusDays(500));
		sign(zdy05678, "陈海生", PLANTED_ID, "13705800023", CrewRole.DECKHAND, fishery, today.minusDays(30));
		zdy05678 = this.vessels.get(this.all, zdy05678.getId());
		this.vessels.changeStatus(this.all, zdy05678.getId(), zdy05678.getVersion(), VesselStatus.AT_SEA,
				today.minusDays(12), "出海捕捞", "周涛");

		Vessel ocean = vessel(ds, "岱远洋 8 号", "DYY008", VesselKind.OCEAN_GOING, "岱山衢山港", fishery, liaison,
				VesselStatus.IN_PORT, today.minusDays(200));
		sign(ocean, "王国庆", "330921196910010532", "13705800031", CrewRole.CAPTAIN, fishery, today.minusDays(700));
		sign(ocean, "赵立新", "330921198307070617", "13705800032", CrewRole.MATE, fishery, today.minusDays(180));
		ocean = this.vessels.get(this.all, ocean.getId());
		ocean = this.vessels.recordOutreach(this.all, ocean.getId(), ocean.getVersion(), OutreachKind.EDUCATION_ONLINE,
				today.minusDays(150), 26, "涉外法律常识与境外安全", "远洋码小程序线上课堂。");
		this.vessels.changeStatus(this.all, ocean.getId(), ocean.getVersion(), VesselStatus.ABROAD,
				today.minusDays(120), "赴北太平洋公海作业", "吴敏");
		ocean = this.vessels.get(this.all, ocean.getId());
		this.vessels.recordOutreach(this.all, ocean.getId(), ocean.getVersion(), OutreachKind.HELP_REQUEST,
				today.minusDays(20), 1, "船员家属联系不上船员", "经船东卫星电话联系，已转告家属平安。");

		Vessel cargo = vessel(ds, "岱海运 16", "DHY016", VesselKind.CARGO, "岱山港", shipping, liaison, VesselStatus.IN_PORT,
				today.minusDays(3));
		sign(cargo, "林建华", "330921197511110415", "13705800041", CrewRole.CAPTAIN, shipping, today.minusDays(260));

		this.wanted.importAll(scope, ds, List.of(
				new WantedImport.Line(2, PLANTED_ID, "陈海生", "网上追逃（盗窃），2026 年 9 月上网", "公安部在逃人员信息系统"),
				new WantedImport.Line(3, ResidentIdNumbers.complete("36010419900101123"), "刘某", "涉嫌诈骗，异地协查",
						"南昌市公安局协查通报"),
				new WantedImport.Line(4, ResidentIdNumbers.complete("33090219850606061"), "郑某", "取保候审期间脱管", "舟山市公安局")),
				"ds.officer");
	}

	private void meilong(LocalDate today) {
		Long ml = this.stations.getByCode("ML").getId();
		Scope scope = Scope.station(ml);
		Officer officer = this.officers.findByUsername("ml.officer").orElseThrow();
		Officer liaison = this.officers.findByUsername("ml.liaison").orElseThrow();
		Enterprise owner = owner(scope, liaison, "上海梅陇内河航运有限公司", "91310112MA1G00033");
		Vessel barge = vessel(ml, "沪闵货 1208", "HMH1208", VesselKind.CARGO, "上海闵行港区", owner, officer,
				VesselStatus.IN_PORT, today.minusDays(10));
		sign(barge, "钱卫国", "310112197404040419", "13800000051", CrewRole.CAPTAIN, owner, today.minusDays(365));
		sign(barge, "孙小明", "342401199205050612", "13800000052", CrewRole.DECKHAND, owner, today.minusDays(60));
		this.wanted.importAll(scope, ml, List.of(new WantedImport.Line(2,
				ResidentIdNumbers.complete("31011219880808081"), "何某", "网上追逃（抢夺）", "公安部在逃人员信息系统")), "ml.officer");
	}

	private Enterprise owner(Scope scope, Officer liaison, String name, String first17) {
		EnterpriseDetails d = EnterpriseDetails.minimal(EnterpriseKind.VESSEL_OPERATOR, name,
				CreditCodes.complete(first17));
		return this.enterprises.create(scope, d, false, liaison.getId(), liaison.getUsername());
	}

	private Vessel vessel(Long stationId, String name, String registration, VesselKind kind, String port,
			Enterprise owner, Officer officer, VesselStatus status, LocalDate since) {
		return this.vessels.create(this.all, stationId,
				new VesselDetails(name, registration, kind, port, owner.getId(), officer.getId()), status, since);
	}

	private void sign(Vessel vessel, String name, String id, String phone, CrewRole role, Enterprise employer,
			LocalDate joined) {
		this.crew.signOn(this.all, vessel.getId(), new CrewDetails(name, completed(id), phone, role,
				"劳动合同 " + joined.getYear() + "—" + (joined.getYear() + 2), employer.getName()), joined);
	}

	/**
	 * @return the number with its check character recomputed (the demo numbers are
	 * fictional).
	 */
	private static String completed(String id) {
		return ResidentIdNumbers.complete(id.substring(0, 17));
	}

}
