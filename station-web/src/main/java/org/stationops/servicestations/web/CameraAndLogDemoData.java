package org.stationops.servicestations.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.stationops.servicestations.Camera;
import org.stationops.servicestations.CameraDetails;
import org.stationops.servicestations.CameraKind;
import org.stationops.servicestations.CameraOwner;
import org.stationops.servicestations.CameraService;
import org.stationops.servicestations.ServiceLogKind;
import org.stationops.servicestations.ServiceLogRequest;
import org.stationops.servicestations.ServiceLogService;
import org.stationops.servicestations.ServiceStation;
import org.stationops.servicestations.ServiceStationService;
import org.stationops.shared.Scope;
import org.stationops.shared.web.DemoDataContributor;
import org.stationops.stations.Station;
import org.stationops.stations.StationService;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Cameras around Daishan's and Meilong's service stations (天网 of the police, 雪亮 of
 * communities and enterprises), three of them faulty for a few days, and a morning's
 * service log. Positions are metres east and north of the same points as the service
 * stations'.
 */
@Component
@Order(51)
class CameraAndLogDemoData implements DemoDataContributor {

	private final StationService stations;

	private final ServiceStationService serviceStations;

	private final CameraService cameras;

	private final ServiceLogService log;

	private final Clock clock;

	private final Scope all = Scope.bureau();

	CameraAndLogDemoData(StationService stations, ServiceStationService serviceStations, CameraService cameras,
			ServiceLogService log, Clock clock) {
		this.stations = stations;
		this.serviceStations = serviceStations;
		this.cameras = cameras;
		this.log = log;
		this.clock = clock;
	}

	@Override
	public void contribute() {
		Station ds = this.stations.getByCode("DS");
		Map<String, ServiceStation> d = byName(ds);
		double[] o = { 28.6000, 115.9000 };
		camera(ds, o, "DS-TW-001", "阳光乳业生活区北门", CameraKind.DOME, CameraOwner.POLICE, d.get("阳光乳业治安防控服务站"), 100, 150, 0,
				"");
		camera(ds, o, "DS-TW-002", "岱山路阳光乳业东门卡口", CameraKind.VEHICLE_PLATE, CameraOwner.POLICE, d.get("阳光乳业治安防控服务站"), 0,
				-40, 0, "");
		camera(ds, o, "DS-XL-003", "江联小区 3 号门", CameraKind.FACE_CAPTURE, CameraOwner.COMMUNITY, d.get("江联小区治安防控服务站"),
				1230, 330, 0, "");
		camera(ds, o, "DS-XL-004", "象湖公寓南门", CameraKind.DOME, CameraOwner.COMMUNITY, d.get("象湖公寓治安防控服务站"), -1460, 880,
				12, "镜头进水，画面模糊");
		camera(ds, o, "DS-TW-005", "岱山新村主入口", CameraKind.BULLET, CameraOwner.POLICE, d.get("阳光乳业治安防控服务站"), 320, -450, 0,
				"");
		camera(ds, o, "DS-XL-006", "机电学院正门", CameraKind.BULLET, CameraOwner.ENTERPRISE, d.get("机电学院治安防控服务站"), 2280,
				-720, 3, "供电故障，无信号");
		camera(ds, o, "DS-TW-007", "梅湖景区游客中心", CameraKind.DOME, CameraOwner.POLICE, d.get("八大山人梅湖景区治安防控服务站"), -3000,
				2250, 0, "");
		camera(ds, o, "DS-XL-008", "岱山东苑大门", CameraKind.FACE_CAPTURE, CameraOwner.COMMUNITY, null, 2990, 1190, 0, "");

		Station ml = this.stations.getByCode("ML");
		Map<String, ServiceStation> m = byName(ml);
		double[] p = { 31.1300, 121.4200 };
		camera(ml, p, "ML-TW-001", "南方商场北广场", CameraKind.DOME, CameraOwner.POLICE, m.get("南方商圈移动警务室"), 0, 50, 0, "");
		camera(ml, p, "ML-XL-002", "梅陇一村南门", CameraKind.FACE_CAPTURE, CameraOwner.COMMUNITY, m.get("梅陇一村门岗街面工作站"), -660,
				430, 0, "");
		camera(ml, p, "ML-TW-003", "莲花南路口卡口", CameraKind.VEHICLE_PLATE, CameraOwner.POLICE, m.get("莲花南路酒店街面工作站"), 2000,
				-250, 30, "线路被施工挖断");

		Instant now = this.clock.instant();
		entry(d.get("阳光乳业治安防控服务站"), ServiceLogKind.CONSULTATION, now.minus(Duration.ofHours(3)), 2, "咨询居住证办理");
		entry(d.get("阳光乳业治安防控服务站"), ServiceLogKind.LOST_AND_FOUND, now.minus(Duration.ofHours(2)), 1, "拾得钱包一个，已联系失主");
		entry(d.get("江联小区治安防控服务站"), ServiceLogKind.ESCORT_HOME, now.minus(Duration.ofHours(5)), 1, "醉酒居民护送回家");
		entry(d.get("江联小区治安防控服务站"), ServiceLogKind.FIRST_AID, now.minus(Duration.ofHours(1)), 1, "老人摔伤，简单包扎后送医");
		entry(d.get("武警医院治安防控服务站"), ServiceLogKind.EMERGENCY_REFUGE, now.minus(Duration.ofHours(4)), 1, "夜归女子求助避险");
	}

	private Map<String, ServiceStation> byName(Station station) {
		return this.serviceStations.of(this.all, station.getId())
			.stream()
			.collect(Collectors.toMap(ServiceStation::getName, s -> s));
	}

	private void camera(Station station, double[] origin, String code, String location, CameraKind kind,
			CameraOwner owner, @Nullable ServiceStation serviceStation, double east, double north, int faultyDays,
			String fault) {
		double lat = origin[0] + north / 111_195.0;
		double lon = origin[1] + east / (111_195.0 * Math.cos(Math.toRadians(origin[0])));
		Camera camera = this.cameras.create(this.all, station.getId(),
				new CameraDetails(code, location, kind, owner, (serviceStation != null) ? serviceStation.getId() : null,
						(serviceStation != null) ? serviceStation.getAreaId() : null, Math.round(lat * 1e6) / 1e6,
						Math.round(lon * 1e6) / 1e6));
		if (faultyDays > 0) {
			this.cameras.reportFault(this.all, camera.getId(), camera.getVersion(),
					this.cameras.today().minusDays(faultyDays), fault);
		}
	}

	private void entry(ServiceStation at, ServiceLogKind kind, Instant when, int people, String note) {
		this.log.record(this.all, new ServiceLogRequest(at.getId(), kind, when, people, note, null), null, "demo");
	}

}
