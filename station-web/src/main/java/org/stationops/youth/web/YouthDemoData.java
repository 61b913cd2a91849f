package org.stationops.youth.web;

import java.time.Clock;
import java.time.LocalDate;

import org.stationops.officers.Officer;
import org.stationops.officers.OfficerService;
import org.stationops.shared.Scope;
import org.stationops.shared.web.DemoDataContributor;
import org.stationops.stations.Station;
import org.stationops.stations.StationService;
import org.stationops.youth.MemberRole;
import org.stationops.youth.Referral;
import org.stationops.youth.ReferralSource;
import org.stationops.youth.VisitOutcome;
import org.stationops.youth.YouthGroup;
import org.stationops.youth.YouthReader;
import org.stationops.youth.YouthService;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * One youth assistance group per demo station (Meilin's practice): a truant referred by
 * his school on Daishan, a girl met in a fight incident in Meilong; the Daishan group has
 * its plan, two weekly meetings and a home visit, and its review is due.
 */
@Component
@Order(60)
class YouthDemoData implements DemoDataContributor {

	private final StationService stations;

	private final OfficerService officers;

	private final YouthService youth;

	private final Clock clock;

	YouthDemoData(StationService stations, OfficerService officers, YouthService youth, Clock clock) {
		this.stations = stations;
		this.officers = officers;
		this.youth = youth;
		this.clock = clock;
	}

	@Override
	public void contribute() {
		LocalDate today = LocalDate.now(this.clock);
		Station ds = this.stations.getByCode("DS");
		Officer wu = officer("ds.liaison");
		YouthGroup truant = this.youth.refer(Scope.bureau(), ds.getId(),
				new Referral("林小海", "330921201103150019", LocalDate.of(2011, 3, 15), "岱山县第二初级中学", "林国平", "13905800101",
						ReferralSource.SCHOOL, "岱山县第二初级中学德育处", "父母在外海捕捞，随祖父生活，近两月多次逃学，夜间在网吧逗留。", wu.getId(),
						today.minusDays(30), today));
		YouthReader reader = new YouthReader(Scope.station(ds.getId()), wu.getId(), wu.getUsername(), false);
		Long id = truant.getId();
		truant = this.youth.addMember(reader, id, truant.getVersion(), MemberRole.TEACHER, "陈老师", "13905800102",
				"岱山县第二初级中学");
		truant = this.youth.addMember(reader, id, truant.getVersion(), MemberRole.SOCIAL_WORKER, "方社工", "13905800103",
				"岱山街道社工站");
		truant = this.youth.addMember(reader, id, truant.getVersion(), MemberRole.GUARDIAN, "林国平", "13905800101", "祖父");
		truant = this.youth.addMember(reader, id, truant.getVersion(), MemberRole.VOLUNTEER, "海岛红志愿者 王芳", "",
				"岱山县青年志愿者协会");
		truant = this.youth.setPlan(reader, id, truant.getVersion(),
				"一、老师每日核对到校情况；二、社工每周一次个别辅导；三、民警联系网吧落实未成年人禁入；四、每周小组例会。");
		truant = this.youth.recordMeeting(reader, id, truant.getVersion(), today.minusDays(21), "民警、老师、社工、祖父",
				"明确分工，约定每日放学由祖父接回。");
		truant = this.youth.recordMeeting(reader, id, truant.getVersion(), today.minusDays(14), "民警、老师、社工",
				"本周到校 5 天，未发现网吧逗留。");
		this.youth.recordVisit(reader, id, truant.getVersion(), today.minusDays(10), "岱山街道渔港新村家中",
				VisitOutcome.IMPROVING, "作业按时完成，祖父反映晚上在家。");

		Station ml = this.stations.getByCode("ML");
		Officer zhang = officer("ml.officer");
		this.youth.refer(Scope.bureau(), ml.getId(),
				new Referral("赵小雨", "", LocalDate.of(2010, 9, 2), "梅陇中学", "赵红", "13800100201", ReferralSource.INCIDENT,
						"梅陇商务区斗殴警情", "在南方商圈与同学斗殴后被带回，家庭关系紧张。", zhang.getId(), today.minusDays(5), today.plusDays(85)));
	}

	private Officer officer(String username) {
		return this.officers.findByUsername(username).orElseThrow();
	}

}
