package org.stationops.system;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.stationops.officers.Officer;
import org.stationops.officers.OfficerDetails;
import org.stationops.officers.OfficerService;
import org.stationops.officers.Role;
import org.stationops.shared.Scope;
import org.stationops.shared.web.DemoDataContributor;
import org.stationops.stations.AreaKind;
import org.stationops.stations.Station;
import org.stationops.stations.StationProfile;
import org.stationops.stations.StationService;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Two stations modelled on the source articles (Meilong, Shanghai; Daishan, Nanchang),
 * their areas, and an account of every role.
 */
@Component
@Order(0)
class FoundationDemoData implements DemoDataContributor {

	static final String MEILONG = "ML";

	static final String DAISHAN = "DS";

	private final StationService stations;

	private final OfficerService officers;

	FoundationDemoData(StationService stations, OfficerService officers) {
		this.stations = stations;
		this.officers = officers;
	}

	@Override
	public void contribute() {
		Station meilong = this.stations.create(new StationProfile(MEILONG, "梅陇派出所", "示范区公安分局", "梅陇镇莲花南路1号",
				new BigDecimal("14.78"), 109, 220_000, 86_000, 134_000, 28, 4, 117));
		Station daishan = this.stations.create(new StationProfile(DAISHAN, "岱山派出所", "示范区公安分局", "岱山街道岱山路8号",
				new BigDecimal("12.00"), 31, 44_300, 35_500, 8_800, 9, 2, 24));

		account("admin", "系统管理员", "000001", "13900000001", null, "", EnumSet.of(Role.ADMIN));
		account("bureau", "赵督导", "000002", "13900000002", null, "分局法制大队", EnumSet.of(Role.BUREAU_SUPERVISOR));
		Officer mlOfficer = account("ml.officer", "张伟", "310001", "13800000011", meilong.getId(), "社区警务一组",
				EnumSet.of(Role.OFFICER));
		Officer mlLiaison = account("ml.liaison", "李娜", "310002", "13800000012", meilong.getId(), "警企联络组",
				EnumSet.of(Role.OFFICER, Role.LIAISON));
		account("ml.supervisor", "王强", "310003", "13800000013", meilong.getId(), "所领导", EnumSet.of(Role.SUPERVISOR));
		account("ml.duty", "陈晨", "310004", "13800000014", meilong.getId(), "110 处警组", EnumSet.of(Role.OFFICER));
		Officer retired = account("ml.retired", "刘退", "310009", "13800000019", meilong.getId(), "社区警务二组",
				EnumSet.of(Role.OFFICER));
		this.officers.setActive(Scope.bureau(), retired.getId(), false, -1L);
		Officer dsOfficer = account("ds.officer", "周涛", "360001", "13700000021", daishan.getId(), "巡逻防控组",
				EnumSet.of(Role.OFFICER));
		Officer dsLiaison = account("ds.liaison", "吴敏", "360002", "13700000022", daishan.getId(), "社区警务组",
				EnumSet.of(Role.OFFICER, Role.LIAISON));
		account("ds.supervisor", "郑华", "360003", "13700000023", daishan.getId(), "所领导", EnumSet.of(Role.SUPERVISOR));

		Scope all = Scope.bureau();
		this.stations.createArea(all, meilong.getId(), "梅陇一村社区", AreaKind.COMMUNITY, mlOfficer.getId());
		this.stations.createArea(all, meilong.getId(), "华梅社区", AreaKind.COMMUNITY, mlOfficer.getId());
		this.stations.createArea(all, meilong.getId(), "陇南社区", AreaKind.COMMUNITY, mlLiaison.getId());
		this.stations.createArea(all, meilong.getId(), "朱行社区", AreaKind.COMMUNITY, null);
		this.stations.createArea(all, meilong.getId(), "梅陇商务区警务责任区", AreaKind.RESPONSIBILITY_AREA, mlLiaison.getId());
		this.stations.createArea(all, daishan.getId(), "岱山社区", AreaKind.COMMUNITY, dsLiaison.getId());
		this.stations.createArea(all, daishan.getId(), "北郊社区", AreaKind.COMMUNITY, dsOfficer.getId());
		this.stations.createArea(all, daishan.getId(), "岱山工业园警务责任区", AreaKind.RESPONSIBILITY_AREA, dsOfficer.getId());
	}

	private Officer account(String username, String name, String badge, String phone, @Nullable Long stationId,
			String team, Set<Role> roles) {
		return this.officers.create(Scope.bureau(),
				new OfficerDetails(username, name, badge, phone, stationId, team, roles, Languages.CHINESE),
				DemoAccounts.PASSWORD);
	}

}
