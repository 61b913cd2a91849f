package org.stationops.servicestations.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.stationops.liaison.Enterprise;
import org.stationops.liaison.EnterpriseService;
import org.stationops.officers.Officer;
import org.stationops.officers.OfficerService;
import org.stationops.servicestations.BookableService;
import org.stationops.servicestations.BookingRequest;
import org.stationops.servicestations.BookingService;
import org.stationops.servicestations.CompoundDetails;
import org.stationops.servicestations.CompoundService;
import org.stationops.servicestations.EquipmentKind;
import org.stationops.servicestations.EquipmentStatus;
import org.stationops.servicestations.ServiceStation;
import org.stationops.servicestations.ServiceStationDetails;
import org.stationops.servicestations.ServiceStationKind;
import org.stationops.servicestations.ServiceStationService;
import org.stationops.servicestations.Slot;
import org.stationops.shared.Scope;
import org.stationops.shared.web.DemoDataContributor;
import org.stationops.stations.Area;
import org.stationops.stations.Station;
import org.stationops.stations.StationService;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * Daishan's eight security service stations named after their host units (the Nanchang
 * article), Meilong's mobile police room, a police room and a sample of its street
 * workstations (the Shanghai article), residential compounds with residents around them,
 * office hours and a few appointments. Positions are metres east and north of a point in
 * each jurisdiction.
 */
@Component
@Order(50)
class ServiceStationDemoData implements DemoDataContributor {

	private static final double DS_LAT = 28.6000;

	private static final double DS_LON = 115.9000;

	private static final double ML_LAT = 31.1300;

	private static final double ML_LON = 121.4200;

	private final StationService stations;

	private final OfficerService officers;

	private final EnterpriseService enterprises;

	private final ServiceStationService serviceStations;

	private final CompoundService compounds;

	private final BookingService bookings;

	private final Scope all = Scope.bureau();

	ServiceStationDemoData(StationService stations, OfficerService officers, EnterpriseService enterprises,
			ServiceStationService serviceStations, CompoundService compounds, BookingService bookings) {
		this.stations = stations;
		this.officers = officers;
		this.enterprises = enterprises;
		this.serviceStations = serviceStations;
		this.compounds = compounds;
		this.bookings = bookings;
	}

	@Override
	public void contribute() {
		daishan();
		meilong();
	}

	private void daishan() {
		Station ds = this.stations.getByCode("DS");
		Map<String, Long> areas = areas(ds);
		Long zhou = officer("ds.officer");
		Long wu = officer("ds.liaison");
		Long dairy = this.enterprises.search(this.all, "岱山乳业", null, null, PageRequest.of(0, 1))
			.stream()
			.filter(e -> e.getStationId().equals(ds.getId()))
			.map(Enterprise::getId)
			.findFirst()
			.orElse(null);
		Place p = new Place(DS_LAT, DS_LON);
		ServiceStationKind security = ServiceStationKind.SECURITY_SERVICE_STATION;
		ServiceStation sunshine = station(ds, "阳光乳业治安防控服务站", security, "江西阳光乳业集团有限公司", dairy, "岱山路阳光乳业厂区东门",
				areas.get("岱山工业园警务责任区"), p.at(0, 0), "", false, "07:00", "22:00", 4, 2, zhou, "2026-04-07",
				equipment(EquipmentStatus.WORKING, EquipmentStatus.WORKING, null, EquipmentStatus.WORKING));
		ServiceStation jianglian = station(ds, "江联小区治安防控服务站", security, "江联小区物业", null, "江联小区 3 号门", areas.get("岱山社区"),
				p.at(1200, 300), "", true, null, null, 2, 1, wu, "2026-04-07",
				equipment(EquipmentStatus.WORKING, EquipmentStatus.WORKING, null, null));
		station(ds, "象湖公寓治安防控服务站", security, "象湖公寓物业", null, "象湖公寓南门", areas.get("岱山社区"), p.at(-1500, 800), "", true,
				null, null, 2, 1, wu, "2026-04-09",
				equipment(EquipmentStatus.WORKING, EquipmentStatus.FAULTY, null, EquipmentStatus.WORKING));
		station(ds, "武警医院治安防控服务站", security, "武警江西总队医院", null, "武警医院门诊楼旁", areas.get("北郊社区"), p.at(500, 1600), "", true,
				null, null, 3, 2, zhou, "2026-04-12", equipment(EquipmentStatus.WORKING, EquipmentStatus.WORKING,
						EquipmentStatus.WORKING, EquipmentStatus.WORKING));
		station(ds, "皮肤医院治安防控服务站", security, "江西省皮肤病专科医院", null, "皮肤医院北门", areas.get("北郊社区"), p.at(-600, -1400), "",
				false, "08:00", "20:00", 2, 1, zhou, "2026-04-15",
				equipment(EquipmentStatus.WORKING, EquipmentStatus.WORKING, null, null));
		station(ds, "机电学院治安防控服务站", security, "江西机电职业技术学院", null, "机电学院正门", areas.get("岱山工业园警务责任区"), p.at(2200, -900),
				"", false, "07:00", "23:00", 3, 1, zhou, "2026-04-18",
				equipment(EquipmentStatus.FAULTY, EquipmentStatus.WORKING, null, EquipmentStatus.WORKING));
		station(ds, "江西采矿治安防控服务站", security, "江西采矿机械厂", null, "采矿机械厂生活区", areas.get("岱山工业园警务责任区"), p.at(-2500, -1200),
				"", true, null, null, 2, 1, wu, "2026-04-20",
				equipment(EquipmentStatus.WORKING, null, null, EquipmentStatus.WORKING));
		station(ds, "八大山人梅湖景区治安防控服务站", security, "八大山人梅湖景区管理处", null, "梅湖景区游客中心", areas.get("北郊社区"), p.at(-3000, 2200),
				"", false, "08:00", "21:00", 2, 1, wu, "2026-04-22",
				equipment(EquipmentStatus.WORKING, EquipmentStatus.WORKING, EquipmentStatus.WORKING, null));

		compound(ds, "阳光乳业生活区", areas.get("岱山工业园警务责任区"), p.at(150, 200), 820, 2_400);
		compound(ds, "岱山新村", areas.get("岱山社区"), p.at(300, -500), 1_450, 4_200);
		compound(ds, "江联小区", areas.get("岱山社区"), p.at(1250, 350), 1_060, 3_100);
		compound(ds, "象湖公寓", areas.get("岱山社区"), p.at(-1450, 900), 960, 2_800);
		compound(ds, "武警医院家属院", areas.get("北郊社区"), p.at(600, 1500), 310, 900);
		compound(ds, "北郊花园", areas.get("北郊社区"), p.at(-800, -1800), 560, 1_600);
		compound(ds, "机电学院教工宿舍", areas.get("岱山工业园警务责任区"), p.at(2300, -700), 380, 1_100);
		compound(ds, "采矿新村", areas.get("岱山工业园警务责任区"), p.at(-2400, -1000), 650, 1_900);
		compound(ds, "梅湖花园", areas.get("北郊社区"), p.at(-2600, 2600), 450, 1_300);
		compound(ds, "岱山西苑", areas.get("岱山社区"), p.at(-3200, -200), 900, 2_600);
		compound(ds, "岱山东苑", areas.get("北郊社区"), p.at(3000, 1200), 1_180, 3_400);
		compound(ds, "工业园公寓", areas.get("岱山工业园警务责任区"), p.at(1800, -2200), 520, 1_500);

		for (DayOfWeek day : DayOfWeek.values()) {
			this.bookings.addOfficeHours(this.all, sunshine.getId(), zhou, day, LocalTime.of(14, 0),
					LocalTime.of(17, 0), 30, 2);
			this.bookings.addOfficeHours(this.all, jianglian.getId(), wu, day, LocalTime.of(9, 0), LocalTime.of(12, 0),
					30, 1);
		}
		LocalDate holiday = this.bookings.slots(jianglian.getId()).get(0).start().toLocalDate().plusDays(3);
		this.bookings.addException(this.all, jianglian.getId(), holiday, "民警参加分局集中培训");
		book(jianglian, 1, BookableService.CERTIFICATE, "刘维汉", "13907910001", "离休证明，行动不便");
		book(sunshine, 2, BookableService.CONSULTATION, "高金文", "13907910002", "厂区监控接入咨询");
	}

	private void meilong() {
		Station ml = this.stations.getByCode("ML");
		Map<String, Long> areas = areas(ml);
		Long zhang = officer("ml.officer");
		Long li = officer("ml.liaison");
		Place p = new Place(ML_LAT, ML_LON);
		ServiceStationKind street = ServiceStationKind.STREET_WORKSTATION;
		ServiceStation mobile = station(ml, "南方商圈移动警务室", ServiceStationKind.MOBILE_POLICE_ROOM, "梅陇派出所", null,
				"南方商圈中心广场", areas.get("梅陇商务区警务责任区"), p.at(0, 0), "南方商场北广场（集装箱警务室）", true, null, null, 3, 2, li,
				"2019-03-01", equipment(EquipmentStatus.WORKING, EquipmentStatus.WORKING, EquipmentStatus.WORKING,
						EquipmentStatus.WORKING));
		station(ml, "儿科医院警务室", ServiceStationKind.POLICE_ROOM, "复旦大学附属儿科医院", null, "儿科医院门诊大厅", areas.get("华梅社区"),
				p.at(900, 700), "", true, null, null, 2, 1, zhang, "2018-06-01", equipment(EquipmentStatus.WORKING,
						EquipmentStatus.WORKING, EquipmentStatus.WORKING, EquipmentStatus.WORKING));
		station(ml, "梅陇一村门岗街面工作站", street, "梅陇一村物业", null, "梅陇一村南门门卫室", areas.get("梅陇一村社区"), p.at(-700, 500), "", true,
				null, null, 2, 1, null, "2019-05-10",
				equipment(EquipmentStatus.WORKING, EquipmentStatus.WORKING, null, null));
		station(ml, "华梅花园物业街面工作站", street, "华梅花园物业", null, "华梅花园 1 号门", areas.get("华梅社区"), p.at(600, -800), "", true,
				null, null, 2, 1, null, "2019-05-12",
				equipment(EquipmentStatus.WORKING, EquipmentStatus.WORKING, null, null));
		station(ml, "士林夜市街面工作站", street, "士林夜市管理方", null, "士林夜市入口", areas.get("梅陇商务区警务责任区"), p.at(-200, -600), "",
				false, "18:00", "02:00", 3, 0, null, "2019-06-01",
				equipment(EquipmentStatus.WORKING, EquipmentStatus.WORKING, null, EquipmentStatus.WORKING));
		station(ml, "陇南加油站街面工作站", street, "中石化陇南加油站", null, "陇南路加油站便利店", areas.get("陇南社区"), p.at(1500, 1500), "", true,
				null, null, 1, 1, null, "2019-06-15",
				equipment(EquipmentStatus.FAULTY, EquipmentStatus.WORKING, null, null));
		station(ml, "朱行便利店街面工作站", street, "朱行 24 小时便利店", null, "朱行路便利店", areas.get("朱行社区"), p.at(-1600, -1200), "",
				true, null, null, 1, 1, null, "2019-07-01",
				equipment(EquipmentStatus.WORKING, EquipmentStatus.WORKING, null, null));
		ServiceStation hotel = station(ml, "莲花南路酒店街面工作站", street, "莲花南路商务酒店", null, "酒店大堂", areas.get("陇南社区"),
				p.at(2000, -300), "", true, null, null, 2, 1, null, "2019-07-10",
				equipment(EquipmentStatus.WORKING, EquipmentStatus.FAULTY, null, null));
		this.serviceStations.suspend(this.all, hotel.getId(), hotel.getVersion(), "酒店装修，大堂 24 小时值守暂停");
		station(ml, "上海戏剧学院门岗街面工作站", street, "上海戏剧学院", null, "学院北门门岗", areas.get("梅陇一村社区"), p.at(-1800, 1400), "",
				false, "07:00", "23:00", 2, 1, null, "2019-08-01",
				equipment(EquipmentStatus.WORKING, EquipmentStatus.WORKING, null, null));

		compound(ml, "梅陇一村", areas.get("梅陇一村社区"), p.at(-650, 420), 2_100, 6_300);
		compound(ml, "梅陇二村", areas.get("梅陇一村社区"), p.at(-1100, 900), 1_800, 5_200);
		compound(ml, "华梅花园", areas.get("华梅社区"), p.at(550, -900), 1_500, 4_300);
		compound(ml, "华梅新苑", areas.get("华梅社区"), p.at(1000, 500), 900, 2_600);
		compound(ml, "南方商城公寓", areas.get("梅陇商务区警务责任区"), p.at(150, 250), 700, 1_900);
		compound(ml, "陇南小区", areas.get("陇南社区"), p.at(1400, 1300), 1_300, 3_700);
		compound(ml, "陇南新村", areas.get("陇南社区"), p.at(2100, -250), 1_100, 3_100);
		compound(ml, "朱行新苑", areas.get("朱行社区"), p.at(-1500, -1300), 1_200, 3_500);
		compound(ml, "朱行老街", areas.get("朱行社区"), p.at(-2300, -1900), 800, 2_200);
		compound(ml, "戏剧学院教工公寓", areas.get("梅陇一村社区"), p.at(-1750, 1500), 400, 1_100);
		compound(ml, "行南村", areas.get("朱行社区"), p.at(-300, -2400), 600, 1_700);
		compound(ml, "梅陇三村", areas.get("华梅社区"), p.at(2600, 900), 1_400, 4_000);

		for (DayOfWeek day : new DayOfWeek[] { DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
				DayOfWeek.THURSDAY, DayOfWeek.FRIDAY }) {
			this.bookings.addOfficeHours(this.all, mobile.getId(), li, day, LocalTime.of(10, 0), LocalTime.of(12, 0),
					30, 3);
		}
	}

	private void book(ServiceStation at, int nth, BookableService service, String name, String phone, String note) {
		Slot slot = this.bookings.slots(at.getId())
			.stream()
			.filter(s -> !s.isFull())
			.skip(nth)
			.findFirst()
			.orElseThrow();
		this.bookings.book(new BookingRequest(at.getId(), service, slot.start(), name, phone, note));
	}

	private ServiceStation station(Station station, String name, ServiceStationKind kind, String host,
			@Nullable Long hostEnterpriseId, String address, @Nullable Long areaId, double[] position, String post,
			boolean roundTheClock, @Nullable String opens, @Nullable String closes, int capacity, int onDuty,
			@Nullable Long officerId, String openedOn, Map<EquipmentKind, EquipmentStatus> equipment) {
		return this.serviceStations.create(this.all, station.getId(),
				new ServiceStationDetails(name, kind, host, hostEnterpriseId, address, areaId, position[0], position[1],
						post, roundTheClock, (opens != null) ? LocalTime.parse(opens) : null,
						(closes != null) ? LocalTime.parse(closes) : null, capacity, onDuty, officerId,
						LocalDate.parse(openedOn), equipment));
	}

	private void compound(Station station, String name, @Nullable Long areaId, double[] position, int households,
			int residents) {
		this.compounds.create(this.all, station.getId(),
				new CompoundDetails(name, areaId, position[0], position[1], households, residents));
	}

	private static Map<EquipmentKind, EquipmentStatus> equipment(@Nullable EquipmentStatus light,
			@Nullable EquipmentStatus firstAid, @Nullable EquipmentStatus defibrillator,
			@Nullable EquipmentStatus radio) {
		Map<EquipmentKind, EquipmentStatus> map = new EnumMap<>(EquipmentKind.class);
		if (light != null) {
			map.put(EquipmentKind.FLASHING_LIGHT, light);
		}
		if (firstAid != null) {
			map.put(EquipmentKind.FIRST_AID_KIT, firstAid);
		}
		if (defibrillator != null) {
			map.put(EquipmentKind.DEFIBRILLATOR, defibrillator);
		}
		if (radio != null) {
			map.put(EquipmentKind.RADIO, radio);
		}
		return map;
	}

	private Map<String, Long> areas(Station station) {
		return this.stations.areas(this.all, station.getId())
			.stream()
			.collect(Collectors.toMap(Area::getName, Area::getId));
	}

	private Long officer(String username) {
		return this.officers.findByUsername(username).map(Officer::getId).orElseThrow();
	}

	/**
	 * Converts metres east and north of an origin into degrees.
	 */
	private record Place(double latitude, double longitude) {

		double[] at(double east, double north) {
			double lat = this.latitude + north / 111_195.0;
			double lon = this.longitude + east / (111_195.0 * Math.cos(Math.toRadians(this.latitude)));
			return new double[] { Math.round(lat * 1e6) / 1e6, Math.round(lon * 1e6) / 1e6 };
		}

	}

}
