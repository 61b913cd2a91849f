package org.stationops.patrol.web;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.stationops.patrol.Checkpoint;
import org.stationops.patrol.CheckpointDetails;
import org.stationops.patrol.CheckpointService;
import org.stationops.patrol.PatrolPlan;
import org.stationops.patrol.PatrolPlanService;
import org.stationops.patrol.PatrolShiftService;
import org.stationops.patrol.PatrolShiftService.LoggedPass;
import org.stationops.patrol.PatrolUnit;
import org.stationops.patrol.PatrolUnitService;
import org.stationops.patrol.PlanDetails;
import org.stationops.patrol.PlanKind;
import org.stationops.patrol.PlanWindow;
import org.stationops.patrol.UnitDetails;
import org.stationops.patrol.UnitKind;
import org.stationops.servicestations.ServiceStation;
import org.stationops.servicestations.ServiceStationService;
import org.stationops.shared.Scope;
import org.stationops.shared.StationTime;
import org.stationops.shared.web.DemoDataContributor;
import org.stationops.stations.Area;
import org.stationops.stations.Station;
import org.stationops.stations.StationService;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Daishan's 五定五巡: the 110 car's route linking its eight service stations (定线), the
 * e-police car's area (定区), the resident officer's set times (定时), the dairy's guard post
 * (定点) and the scenic area's volunteers (定站); Meilong's night route through its business
 * circle with a PTU team. Three weeks of shifts entered as from the paper logs, mostly
 * complete, with a few missed, late and padded passes; units on duty with positions.
 */
@Component
@Order(60)
class PatrolDemoData implements DemoDataContributor {

	static final int DAYS = 21;

	private final StationService stations;

	private final ServiceStationService serviceStations;

	private final PatrolUnitService units;

	private final CheckpointService checkpoints;

	private final PatrolPlanService plans;

	private final PatrolShiftService shifts;

	private final Clock clock;

	private final org.stationops.servicestations.CameraService cameras;

	private final org.stationops.patrol.VideoPatrolService video;

	private final Scope all = Scope.bureau();

	private final Random random = new Random(14);

	PatrolDemoData(StationService stations, ServiceStationService serviceStations, PatrolUnitService units,
			CheckpointService checkpoints, PatrolPlanService plans, PatrolShiftService shifts, Clock clock,
			org.stationops.servicestations.CameraService cameras, org.stationops.patrol.VideoPatrolService video) {
		this.cameras = cameras;
		this.video = video;
		this.stations = stations;
		this.serviceStations = serviceStations;
		this.units = units;
		this.checkpoints = checkpoints;
		this.plans = plans;
		this.shifts = shifts;
		this.clock = clock;
	}

	@Override
	public void contribute() {
		daishan();
		meilong();
	}

	private void daishan() {
		Station ds = this.stations.getByCode("DS");
		Map<String, Long> areas = this.stations.areas(this.all, ds.getId())
			.stream()
			.collect(Collectors.toMap(Area::getName, Area::getId));
		PatrolUnit car = unit(ds, "岱山 110 巡逻车 1 号", UnitKind.PATROL_CAR_110, "周警官", "周警官\n辅警 何斌", "", 2);
		PatrolUnit ecar = unit(ds, "岱山电警车 2 号", UnitKind.E_POLICE_CAR, "辅警 熊伟", "辅警 熊伟\n辅警 万俊", "", 2);
		PatrolUnit foot = unit(ds, "岱山步巡组", UnitKind.FOOT_PATROL, "吴警官", "吴警官", "", 1);
		PatrolUnit ptu = unit(ds, "岱山 PTU 处突小组", UnitKind.PTU_TEAM, "刘警官", "刘警官\n辅警 胡杰\n辅警 邓磊", "", 3);
		PatrolUnit guard = unit(ds, "阳光乳业护卫岗", UnitKind.GUARD_POST, "保安队长 章平", "", "江西阳光乳业集团有限公司", 4);
		PatrolUnit volunteers = unit(ds, "梅湖景区平安志愿者队", UnitKind.VOLUNTEER_TEAM, "熊桂英", "熊桂英\n罗建国\n黄小梅\n徐志强\n涂春兰",
				"北郊社区居委会", 18);
		PatrolUnit desk = unit(ds, "岱山视频巡逻席", UnitKind.VIDEO_DESK, "辅警 程丽", "", "", 1);

		List<ServiceStation> line = this.serviceStations.of(this.all, ds.getId());
		List<Checkpoint> atStations = new ArrayList<>();
		for (ServiceStation s : line) {
			atStations.add(checkpoint(ds, s.getName().replace("治安防控服务站", "") + "巡更点", s.getAddress(), s.getLatitude(),
					s.getLongitude(), s.getId()));
		}
		Checkpoint market = checkpoint(ds, "岱山农贸市场巡更点", "农贸市场北入口", 28.6040, 115.8985, null);
		Checkpoint school = checkpoint(ds, "岱山小学巡更点", "岱山小学校门", 28.6062, 115.9020, null);
		Checkpoint byName = named(atStations, "江联小区");
		Checkpoint xianghu = named(atStations, "象湖公寓");
		Checkpoint sunshine = named(atStations, "阳光乳业");
		ServiceStation scenic = line.stream().filter(s -> s.getName().contains("梅湖")).findFirst().orElseThrow();
		Checkpoint meihu = named(atStations, "梅湖");

		EnumSet<DayOfWeek> everyDay = EnumSet.allOf(DayOfWeek.class);
		PatrolPlan route = plan(ds, "110 巡逻车服务站环线", PlanKind.ROUTE, car, null, null, everyDay,
				List.of(window("09:00", "11:00", 1), window("19:00", "22:00", 1)),
				atStations.stream().map(Checkpoint::getId).toList());
		PatrolPlan area = plan(ds, "岱山社区电警车巡区", PlanKind.AREA, ecar, areas.get("岱山社区"), null, everyDay,
				List.of(window("14:00", "17:00", 2)), List.of(byName.getId(), xianghu.getId(), market.getId()));
		PatrolPlan timed = plan(ds, "驻站民警定时巡查", PlanKind.TIMED, foot, null, null,
				EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
				List.of(window("07:30", "08:15", 1), window("16:30", "17:15", 1)),
				List.of(school.getId(), market.getId()));
		PatrolPlan point = plan(ds, "阳光乳业厂区定点守护", PlanKind.POINT, guard, null, null, everyDay,
				List.of(window("00:00", "23:59", 6)), List.of(sunshine.getId()));
		PatrolPlan station = plan(ds, "梅湖景区志愿者定站", PlanKind.STATION, volunteers, null, scenic.getId(),
				EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), List.of(window("09:00", "12:00", 2)),
				List.of(meihu.getId()));

		List<Long> cameraIds = this.cameras.all(this.all, ds.getId()).stream().limit(4).map(c -> c.getId()).toList();
		PatrolPlan video = cameraIds.isEmpty() ? null
				: this.plans.create(this.all, ds.getId(),
						new PlanDetails("岱山视频巡逻（夜间）", PlanKind.VIDEO, desk.getId(), null, null, everyDay,
								List.of(window("20:00", "21:00", 1), window("23:00", "23:59", 1)), List.of(),
								LocalDate.now(this.clock).minusDays(DAYS), null, cameraIds));
		LocalDate today = LocalDate.now(this.clock);
		for (int back = DAYS; back >= 1; back--) {
			LocalDate day = today.minusDays(back);
			if (video != null) {
				look(video, day, cameraIds);
			}
			walk(route, day, "ds.officer", "周警官、辅警何斌", 0, 14);
			walk(area, day, "ds.officer", "辅警熊伟、辅警万俊", 0, 20);
			walk(timed, day, "ds.liaison", "吴警官", 0, 8);
			walk(point, day, "ds.officer", "保安队长章平", 0, 200);
			walk(station, day, "ds.liaison", "熊桂英等", 6 + this.random.nextInt(8), 25);
		}
		onDuty(car, 28.6015, 115.9008);
		onDuty(ecar, 28.5962, 115.8950);
		onDuty(ptu, 28.6080, 115.9100);
		onDuty(foot, 28.6050, 115.9020);
	}

	private void meilong() {
		Station ml = this.stations.getByCode("ML");
		PatrolUnit car = unit(ml, "梅陇 110 巡逻车 1 号", UnitKind.PATROL_CAR_110, "李警官", "李警官\n辅警 陈浩", "", 2);
		PatrolUnit ptu = unit(ml, "梅陇轻型 PTU 1 组", UnitKind.PTU_TEAM, "王警官", "王警官\n辅警 张磊\n辅警 赵强", "", 3);
		unit(ml, "梅陇平安志愿者队", UnitKind.VOLUNTEER_TEAM, "沈阿姨", "沈阿姨\n顾师傅\n陆老师", "梅陇一村居委会", 24);
		List<ServiceStation> posts = this.serviceStations.of(this.all, ml.getId());
		List<Long> ids = new ArrayList<>();
		for (ServiceStation s : posts.subList(0, Math.min(5, posts.size()))) {
			ids.add(checkpoint(ml, s.getName() + "巡更点", s.getAddress(), s.getLatitude(), s.getLongitude(), s.getId())
				.getId());
		}
		PatrolPlan night = plan(ml, "南方商圈夜间定线", PlanKind.ROUTE, ptu, null, null, EnumSet.allOf(DayOfWeek.class),
				List.of(window("20:00", "23:00", 1)), ids);
		LocalDate today = LocalDate.now(this.clock);
		for (int back = DAYS; back >= 1; back--) {
			walk(night, today.minusDays(back), "ml.officer", "王警官、辅警张磊、辅警赵强", 0, 14);
		}
		onDuty(car, 31.1310, 121.4190);
		onDuty(ptu, 31.1290, 121.4230);
	}

	/**
	 * The video desk's looks of a day: each camera once in each window, a few minutes
	 * apart; now and then a camera is skipped.
	 */
	private void look(PatrolPlan video, LocalDate day, List<Long> cameraIds) {
		for (PlanWindow w : video.getWindows()) {
			for (int i = 0; i < cameraIds.size(); i++) {
				if (this.random.nextInt(12) == 0) {
					continue;
				}
				this.video.enterFromLog(this.all, video.getId(), cameraIds.get(i),
						at(day, w.getStartsAt().plusMinutes(5 + 3L * i)), "ds.officer");
			}
		}
	}

	/**
	 * One shift per window of the day: mostly every checkpoint in order, sometimes one
	 * missed, late, or scanned twice within minutes (padding).
	 */
	private void walk(PatrolPlan plan, LocalDate day, String username, String participants, int volunteers,
			int minutesApart) {
		if (!plan.isActiveOn(day)) {
			return;
		}
		for (PlanWindow window : plan.getWindows()) {
			for (int pass = 0; pass < window.getExpectedPasses(); pass++) {
				int roll = this.random.nextInt(20);
				if (roll == 0) {
					continue;
				}
				long span = Duration.between(window.getStartsAt(), window.getEndsAt()).toMinutes();
				long offset = span * pass / window.getExpectedPasses() + 2 + this.random.nextInt(5);
				Instant start = at(day, window.getStartsAt()).plus(Duration.ofMinutes(offset));
				if (roll == 1) {
					start = at(day, window.getEndsAt()).plus(Duration.ofMinutes(5));
				}
				List<LoggedPass> passes = new ArrayList<>();
				Instant t = start.plus(Duration.ofMinutes(3));
				for (Long checkpointId : plan.getCheckpointIds()) {
					if (roll == 2 && passes.size() == 1) {
						t = t.plus(Duration.ofMinutes(minutesApart));
						continue;
					}
					passes.add(new LoggedPass(checkpointId, t));
					if (roll == 3 && passes.size() == 1) {
						passes.add(new LoggedPass(checkpointId, t.plus(Duration.ofMinutes(5))));
					}
					t = t.plus(Duration.ofMinutes(minutesApart));
				}
				Instant end = t.plus(Duration.ofMinutes(5));
				this.shifts.enterFromLog(this.all, plan.getId(), username, participants, start, passes, end, volunteers,
						(roll == 4) ? "沿线发现一处路灯损坏，已告知社区。" : "巡逻正常。");
			}
		}
	}

	private Instant at(LocalDate day, LocalTime time) {
		return day.atTime(time).atZone(StationTime.ZONE).toInstant();
	}

	private PatrolUnit unit(Station station, String name, UnitKind kind, String leader, String members,
			String affiliation, int count) {
		return this.units.create(this.all, station.getId(),
				new UnitDetails(name, kind, leader, members, affiliation, count));
	}

	private void onDuty(PatrolUnit unit, double latitude, double longitude) {
		PatrolUnit on = this.units.comeOnDuty(this.all, unit.getId(), unit.getVersion());
		this.units.reportPosition(this.all, on.getId(), latitude, longitude);
	}

	private Checkpoint checkpoint(Station station, String name, String place, double latitude, double longitude,
			@Nullable Long serviceStationId) {
		return this.checkpoints.create(this.all, station.getId(),
				new CheckpointDetails(name, place, latitude, longitude, serviceStationId));
	}

	private static Checkpoint named(List<Checkpoint> list, String part) {
		return list.stream().filter(c -> c.getName().contains(part)).findFirst().orElseThrow();
	}

	private static PlanWindow window(String from, String to, int passes) {
		return new PlanWindow(LocalTime.parse(from), LocalTime.parse(to), passes);
	}

	private PatrolPlan plan(Station station, String name, PlanKind kind, PatrolUnit unit, @Nullable Long areaId,
			@Nullable Long serviceStationId, Set<DayOfWeek> days, List<PlanWindow> windows, List<Long> checkpointIds) {
		return this.plans.create(this.all, station.getId(),
				new PlanDetails(name, kind, unit.getId(), areaId, serviceStationId, days, windows, checkpointIds,
						LocalDate.now(this.clock).minusDays(DAYS), null, java.util.List.of()));
	}

}
