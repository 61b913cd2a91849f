package org.stationops.incidents.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;

import org.jspecify.annotations.Nullable;
import org.stationops.incidents.Incident;
import org.stationops.incidents.IncidentDetails;
import org.stationops.incidents.IncidentService;
import org.stationops.incidents.IncidentSource;
import org.stationops.incidents.IncidentStatus;
import org.stationops.officers.Officer;
import org.stationops.officers.OfficerService;
import org.stationops.shared.Scope;
import org.stationops.shared.web.DemoDataContributor;
import org.stationops.stations.Area;
import org.stationops.stations.Station;
import org.stationops.stations.StationService;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * About 90 days of incidents at both stations, spread over the hours of the day, with
 * dispatch and arrival times, including the seed stories: the extortion and defamation
 * reports at Meilong cleared the same day, the 15 kg shrimp theft and a pyramid-scheme
 * report at Daishan.
 */
@Component
@Order(10)
class IncidentDemoData implements DemoDataContributor {

	private static final int[] HOUR_WEIGHTS = { 3, 2, 2, 1, 1, 1, 2, 3, 5, 6, 6, 6, 5, 5, 6, 6, 7, 8, 8, 8, 7, 6, 5,
			4 };

	private final IncidentService incidents;

	private final StationService stations;

	private final OfficerService officers;

	private final Clock clock;

	private final Random random = new Random(20261125L);

	IncidentDemoData(IncidentService incidents, StationService stations, OfficerService officers, Clock clock) {
		this.incidents = incidents;
		this.stations = stations;
		this.officers = officers;
		this.clock = clock;
	}

	/**
	 * A kind of incident the generator draws from.
	 */
	record Template(String category, IncidentSource source, String description, String location, int weight) {

	}

	private static final List<Template> TEMPLATES = List.of(
			new Template("CRIMINAL.THEFT", IncidentSource.EMERGENCY_110, "报警人称停放在楼下的电动自行车被盗，车辆为白色，价值约三千元。", "小区非机动车棚",
					10),
			new Template("CRIMINAL.THEFT", IncidentSource.WALK_IN, "报警人称在地铁站附近手机被盗，发现时背包拉链被拉开。", "地铁站出入口", 6),
			new Template("CRIMINAL.THEFT", IncidentSource.PHONE, "店主称夜间店铺卷帘门被撬，收银台现金被盗约两千元，疑似入室盗窃。", "沿街商铺", 4),
			new Template("CRIMINAL.SNATCHING", IncidentSource.EMERGENCY_110, "报警人称走路时被骑摩托车男子抢夺挎包，嫌疑人往南逃离。", "人行道", 2),
			new Template("CRIMINAL.ROBBERY", IncidentSource.EMERGENCY_110, "报警人称深夜在小巷内被两名男子持刀抢劫手机和现金。", "背街小巷", 1),
			new Template("CRIMINAL.FRAUD", IncidentSource.WALK_IN, "报警人称接到自称客服电话，按对方要求转账后发现被骗，损失两万余元。", "报警人家中", 6),
			new Template("CRIMINAL.FRAUD", IncidentSource.SYSTEM_ALERT, "反诈预警：辖区居民疑似正在与刷单返利诈骗号码通话，需立即劝阻。", "居民住宅", 4),
			new Template("PUBLIC_ORDER.FIGHT", IncidentSource.EMERGENCY_110, "报警人称饭店门口有多人打架斗殴，有人受轻伤。", "饭店门口", 5),
			new Template("PUBLIC_ORDER.DISPUTE", IncidentSource.EMERGENCY_110, "邻里因楼道堆物发生纠纷，双方争吵激烈，请求民警到场。", "居民楼楼道",
					12),
			new Template("PUBLIC_ORDER.DISPUTE", IncidentSource.PHONE, "顾客与商家因退款发生消费纠纷，双方各执一词。", "超市收银台", 6),
			new Template("PUBLIC_ORDER.DISPUTE", IncidentSource.SERVICE_STATION, "服务站巡防队员报告：两名摊贩因摊位发生争执。", "农贸市场", 4),
			new Template("PUBLIC_ORDER.DRUNKENNESS", IncidentSource.EMERGENCY_110, "路人报警称有一男子醉酒倒在路边，呼之不应。", "公交站台", 5),
			new Template("PUBLIC_ORDER.NOISE", IncidentSource.PHONE, "居民反映楼上深夜装修噪音扰民，多次沟通无果。", "居民住宅", 5),
			new Template("TRAFFIC.ACCIDENT", IncidentSource.EMERGENCY_110, "两车追尾发生轻微交通事故，无人员受伤，双方对责任有争议。", "路口", 6),
			new Template("ASSISTANCE.MISSING_PERSON", IncidentSource.EMERGENCY_110, "家属报警称老人外出散步后未归，老人患有阿尔茨海默症。",
					"小区门口", 3),
			new Template("ASSISTANCE.LOST_PROPERTY", IncidentSource.WALK_IN, "报警人称在出租车上遗失钱包，内有身份证及银行卡。", "出租车上", 5),
			new Template("ASSISTANCE.WELFARE", IncidentSource.PATROL, "巡逻发现一名流浪人员衣着单薄，需要救助。", "桥洞下", 2),
			new Template("ASSISTANCE.LOCKOUT", IncidentSource.PHONE, "居民称钥匙反锁在屋内，屋内有婴儿，请求帮助。", "居民住宅", 3),
			new Template("REPORT_COMPLAINT.REPORT", IncidentSource.WECHAT_WORK, "群众通过微信工作号举报：某棋牌室疑似聚众赌博。", "棋牌室", 2),
			new Template("FIRE.FIRE", IncidentSource.EMERGENCY_110, "群众报警称电动车在楼道内充电起火，已拨打119。", "居民楼楼道", 1),
			new Template("INVALID.INVALID", IncidentSource.EMERGENCY_110, "报警人拨通后无声，回拨无人接听。", "不详", 3));

	@Override
	public void contribute() {
		Station meilong = this.stations.getByCode("ML");
		Station daishan = this.stations.getByCode("DS");
		generate(meilong, 210, "ml.duty");
		generate(daishan, 100, "ds.officer");
		seedStories(meilong, daishan);
	}

	private void generate(Station station, int count, String desk) {
		Scope scope = Scope.station(station.getId());
		List<Area> areas = this.stations.areas(scope, station.getId());
		List<Officer> staff = this.officers.activeAt(station.getId());
		Long deskOfficer = this.officers.findByUsername(desk).orElseThrow().getId();
		int totalWeight = TEMPLATES.stream().mapToInt(Template::weight).sum();
		// whole seconds: PostgreSQL keeps microseconds, so a nanosecond "now" could come
		// back
		// later than itself and put an arrival before its dispatch
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.SECONDS);
		for (int i = 0; i < count; i++) {
			Template template = pick(totalWeight);
			int daysAgo = (i < 6) ? 0 : this.random.nextInt(90);
			Instant receivedAt = at(daysAgo, now);
			Area area = areas.get(this.random.nextInt(areas.size()));
			Incident incident = this.incidents.register(scope, station.getId(),
					new IncidentDetails(receivedAt, template.source(), template.category(),
							area.getName() + template.location(), area.getId(), null, null, randomName(),
							"139" + String.format("%08d", this.random.nextInt(100_000_000)), "",
							template.description()),
					null, null, desk);
			handle(scope, incident, template, staff, deskOfficer, now);
		}
	}

	private void handle(Scope scope, Incident incident, Template template, List<Officer> staff, Long deskOfficer,
			Instant now) {
		Long id = incident.getId();
		Instant received = incident.getReceivedAt();
		boolean recent = Duration.between(received, now).toMinutes() < 90;
		if (template.category().startsWith("INVALID")) {
			this.incidents.dispose(scope, id, IncidentStatus.INVALID, "无效警情", "", "", deskOfficer,
					received.plusSeconds(300));
			return;
		}
		if (recent && this.random.nextInt(3) == 0) {
			return;
		}
		Officer officer = staff.get(this.random.nextInt(staff.size()));
		Instant dispatched = received.plusSeconds(30 + this.random.nextInt(240));
		this.incidents.dispatch(scope, id, officer.getId(), officer.getTeam(), min(dispatched, now));
		if (recent && this.random.nextInt(2) == 0) {
			return;
		}
		Instant arrived = dispatched.plusSeconds(90 + this.random.nextInt(720));
		this.incidents.arrive(scope, id, min(arrived, now));
		if (recent) {
			return;
		}
		Instant cleared = arrived.plusSeconds(600 + this.random.nextInt(4800));
		IncidentStatus disposition = disposition(template.category());
		String path = "";
		if (template.category().equals("PUBLIC_ORDER.DRUNKENNESS")) {
			path = List.of("无违法行为 → 拨打120，由医护人员送医", "轻微违法行为 → 通知家属并联系医护，送医院警务室（醒酒驿站）").get(this.random.nextInt(2));
		}
		this.incidents.dispose(scope, id, disposition, note(disposition),
				(disposition == IncidentStatus.TRANSFERRED) ? "区市场监督管理局" : "", path, officer.getId(), cleared);
		if (disposition == IncidentStatus.TRANSFERRED && this.random.nextInt(4) > 0) {
			this.incidents.completeTransfer(scope, id, cleared.plusSeconds(3600 * (2 + this.random.nextInt(20))));
		}
		if (this.random.nextInt(4) == 0) {
			this.incidents.addNote(scope, id, officer.getDisplayName(), "民警已到场处置，已告知报警人后续处理流程。", true,
					arrived.plusSeconds(300));
		}
	}

	private IncidentStatus disposition(String category) {
		int roll = this.random.nextInt(100);
		if (category.startsWith("CRIMINAL")) {
			return (roll < 70) ? IncidentStatus.CASE_OPENED : IncidentStatus.RESOLVED_ON_SITE;
		}
		if (category.equals("PUBLIC_ORDER.DISPUTE")) {
			return (roll < 45) ? IncidentStatus.REFERRED_TO_MEDIATION : IncidentStatus.RESOLVED_ON_SITE;
		}
		if (category.equals("PUBLIC_ORDER.FIGHT")) {
			return (roll < 40) ? IncidentStatus.CASE_OPENED : IncidentStatus.RESOLVED_ON_SITE;
		}
		if (category.startsWith("REPORT_COMPLAINT")) {
			return IncidentStatus.TRANSFERRED;
		}
		return IncidentStatus.RESOLVED_ON_SITE;
	}

	private static String note(IncidentStatus disposition) {
		return switch (disposition) {
			case CASE_OPENED -> "已受案，转办案队处理";
			case REFERRED_TO_MEDIATION -> "双方同意调解，转人民调解";
			case TRANSFERRED -> "不属本单位管辖，移送主管部门";
			default -> "现场处置完毕";
		};
	}

	private void seedStories(Station meilong, Station daishan) {
		Scope ml = Scope.station(meilong.getId());
		Scope ds = Scope.station(daishan.getId());
		Long liaison = this.officers.findByUsername("ml.liaison").orElseThrow().getId();
		Long dsOfficer = this.officers.findByUsername("ds.officer").orElseThrow().getId();
		Area business = area(ml, meilong, "梅陇商务区警务责任区");
		Instant extortionAt = at(20, this.clock.instant());
		Incident extortion = this.incidents.register(ml, meilong.getId(),
				new IncidentDetails(extortionAt, IncidentSource.ENTERPRISE_CHANNEL, "CRIMINAL.EXTORTION",
						"梅陇商务区某汽车服务平台公司", areaId(business), null, null, "公司法务刘某", "13900001111", "",
						"企业快速通道报案：公司离职员工邹某以所谓“公司违规保养证据”视频相要挟，勒索人民币200万元。"),
				null, "110-ML-EXT-0001", "ml.liaison");
		this.incidents.dispatch(ml, extortion.getId(), liaison, "警企联络组", extortionAt.plusSeconds(120));
		this.incidents.arrive(ml, extortion.getId(), extortionAt.plusSeconds(900));
		this.incidents.dispose(ml, extortion.getId(), IncidentStatus.CASE_OPENED, "接报当天抓获嫌疑人邹某", "", "", liaison,
				extortionAt.plus(Duration.ofHours(9)));
		this.incidents.addNote(ml, extortion.getId(), "李娜", "已受案，嫌疑人已于接报当天到案。", true,
				extortionAt.plus(Duration.ofHours(9)));

		Instant defamationAt = at(18, this.clock.instant());
		Incident defamation = this.incidents.register(ml, meilong.getId(),
				new IncidentDetails(defamationAt, IncidentSource.ENTERPRISE_CHANNEL, "PUBLIC_ORDER.DEFAMATION",
						"梅陇商务区某汽车服务平台公司", areaId(business), null, null, "公司法务刘某", "13900001111", "",
						"企业快速通道报案：有人在短视频平台发布恶意诋毁公司的“黑视频”，在微信朋友圈及车友群大量转发，影响轮胎销量。"),
				null, "110-ML-DEF-0001", "ml.liaison");
		this.incidents.dispatch(ml, defamation.getId(), liaison, "警企联络组", defamationAt.plusSeconds(180));
		this.incidents.arrive(ml, defamation.getId(), defamationAt.plusSeconds(1200));
		this.incidents.dispose(ml, defamation.getId(), IncidentStatus.CASE_OPENED, "当天锁定嫌疑人苏某在福建泉州，赴泉州到案", "", "",
				liaison, defamationAt.plus(Duration.ofHours(11)));
		this.incidents.addNote(ml, defamation.getId(), "李娜", "已锁定嫌疑人并到案，嫌疑人已书面道歉。", true,
				defamationAt.plus(Duration.ofHours(11)));

		Instant shrimpAt = at(40, this.clock.instant()).atZone(this.clock.getZone())
			.withHour(23)
			.withMinute(5)
			.toInstant();
		Incident shrimp = this.incidents.register(ds, daishan.getId(),
				new IncidentDetails(shrimpAt, IncidentSource.EMERGENCY_110, "CRIMINAL.THEFT", "水产品交易市场活虾摊位",
						areaId(area(ds, daishan, "岱山社区")), null, null, "王大姐", "13700003333", "",
						"摊主王大姐报警：“谁拿了我的虾！”夜间交易时段摊位上的活虾被盗，约15公斤。"),
				null, "110-DS-SHRIMP-01", "ds.officer");
		this.incidents.dispatch(ds, shrimp.getId(), dsOfficer, "巡逻防控组", shrimpAt.plusSeconds(60));
		this.incidents.arrive(ds, shrimp.getId(), shrimpAt.plusSeconds(180));
		this.incidents.dispose(ds, shrimp.getId(), IncidentStatus.CASE_OPENED, "成立侦破小组，夜间蹲守", "", "", dsOfficer,
				shrimpAt.plus(Duration.ofHours(2)));
		this.incidents.addNote(ds, shrimp.getId(), "周涛", "已抓获2名盗窃嫌疑人，现场缴获被盗活虾15公斤。", true,
				shrimpAt.plus(Duration.ofDays(3)));

		Instant pyramidAt = at(30, this.clock.instant());
		Incident pyramid = this.incidents.register(ds, daishan.getId(),
				new IncidentDetails(pyramidAt, IncidentSource.WECHAT_WORK, "CRIMINAL.PYRAMID_SCHEME", "北郊社区某小区出租屋",
						areaId(area(ds, daishan, "北郊社区")), null, null, "匿名群众", "13700004444", "",
						"群众举报：小区多套出租屋内聚集大量外地青年，每天上课洗脑、限制外出，疑似传销窝点。"),
				null, "110-DS-PYR-0001", "ds.officer");
		this.incidents.dispatch(ds, pyramid.getId(), dsOfficer, "巡逻防控组", pyramidAt.plusSeconds(240));
		this.incidents.arrive(ds, pyramid.getId(), pyramidAt.plusSeconds(900));
		this.incidents.dispose(ds, pyramid.getId(), IncidentStatus.CASE_OPENED, "初查属实，受案侦查", "", "", dsOfficer,
				pyramidAt.plus(Duration.ofHours(3)));

		Instant transferAt = this.clock.instant().minus(Duration.ofHours(30));
		Incident transfer = this.incidents.register(
				ml, meilong.getId(), new IncidentDetails(transferAt, IncidentSource.PHONE, "REPORT_COMPLAINT.COMPLAINT",
						"梅陇镇某餐饮店", null, null, null, "赵先生", "13900005555", "", "投诉某餐饮店出售过期食品，属市场监管部门职责。"),
				null, null, "ml.duty");
		this.incidents.dispose(ml, transfer.getId(), IncidentStatus.TRANSFERRED, "移送区市场监督管理局", "区市场监督管理局", "", liaison,
				transferAt.plus(Duration.ofHours(1)));
	}

	private @Nullable Area area(Scope scope, Station station, String name) {
		return this.stations.areas(scope, station.getId())
			.stream()
			.filter(a -> a.getName().equals(name))
			.findFirst()
			.orElse(null);
	}

	private static @Nullable Long areaId(@Nullable Area area) {
		return (area != null) ? area.getId() : null;
	}

	private Template pick(int totalWeight) {
		int roll = this.random.nextInt(totalWeight);
		for (Template template : TEMPLATES) {
			roll -= template.weight();
			if (roll < 0) {
				return template;
			}
		}
		return TEMPLATES.get(0);
	}

	private Instant at(int daysAgo, Instant now) {
		ZonedDateTime day = LocalDate.ofInstant(now, this.clock.getZone())
			.minusDays(daysAgo)
			.atStartOfDay(this.clock.getZone());
		int totalWeight = java.util.Arrays.stream(HOUR_WEIGHTS).sum();
		int roll = this.random.nextInt(totalWeight);
		int hour = 0;
		while (roll >= HOUR_WEIGHTS[hour]) {
			roll -= HOUR_WEIGHTS[hour];
			hour++;
		}
		Instant candidate = day.plusHours(hour).plusMinutes(this.random.nextInt(60)).toInstant();
		if (candidate.isAfter(now)) {
			candidate = now.minusSeconds(60L * (5 + this.random.nextInt(120)));
		}
		return candidate;
	}

	private static Instant min(Instant a, Instant b) {
		return a.isBefore(b) ? a : b;
	}

	private String randomName() {
		String surnames = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗";
		String given = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚";
		return surnames.charAt(this.random.nextInt(surnames.length())) + "某" + ((this.random.nextInt(3) == 0)
				? String.valueOf(given.charAt(this.random.nextInt(given.length()))) : "");
	}

}
