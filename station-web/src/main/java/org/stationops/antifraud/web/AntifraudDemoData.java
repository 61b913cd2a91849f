package org.stationops.antifraud.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.stationops.antifraud.AntifraudService;
import org.stationops.antifraud.FraudType;
import org.stationops.antifraud.FraudWarning;
import org.stationops.antifraud.Intervention;
import org.stationops.antifraud.SessionKind;
import org.stationops.antifraud.WarningOutcome;
import org.stationops.cases.CaseActor;
import org.stationops.shared.StationTime;
import org.stationops.officers.Officer;
import org.stationops.officers.OfficerService;
import org.stationops.shared.Scope;
import org.stationops.shared.web.DemoDataContributor;
import org.stationops.stations.Station;
import org.stationops.stations.StationService;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Early warnings with every outcome (one loss turned into a case) and publicity sessions,
 * including Meilong's anti-fraud night school, at both stations.
 */
@Component
@Order(20)
class AntifraudDemoData implements DemoDataContributor {

	private final AntifraudService antifraud;

	private final StationService stations;

	private final OfficerService officers;

	AntifraudDemoData(AntifraudService antifraud, StationService stations, OfficerService officers) {
		this.antifraud = antifraud;
		this.stations = stations;
		this.officers = officers;
	}

	@Override
	public void contribute() {
		Station ml = this.stations.getByCode("ML");
		Station ds = this.stations.getByCode("DS");
		Officer li = this.officers.findByUsername("ml.liaison").orElseThrow();
		Officer zhou = this.officers.findByUsername("ds.officer").orElseThrow();
		warning(ml, li, "刘阿姨", "13761234501", FraudType.IMPERSONATING_AUTHORITIES, "2026-11-20T10:15",
				Intervention.VISIT, "上门劝阻，当面讲解冒充公检法诈骗手法，银行柜台暂停转账。", WarningOutcome.DISSUADED, 150_000);
		warning(ml, li, "王先生", "13912345602", FraudType.FAKE_INVESTMENT, "2026-11-21T14:40", Intervention.CALL,
				"电话劝阻，对方已下载虚假投资App，劝其卸载。", WarningOutcome.DISSUADED, 50_000);
		warning(ml, li, "陈女士", "13612345603", FraudType.ORDER_BRUSHING, "2026-11-22T20:05",
				Intervention.FAMILY_OR_COMMUNITY, "多次电话未接通，联系社区和家属上门。", WarningOutcome.UNREACHABLE, 0);
		FraudWarning loss = warning(ml, li, "赵同学", "13512345604", FraudType.GAME_TRADING, "2026-11-23T16:30",
				Intervention.CALL, "联系上时已转账3次。", WarningOutcome.LOSS_OCCURRED, 0);
		this.antifraud.openCase(Scope.station(ml.getId()), loss.getId(), li.getId(),
				new CaseActor(li.getId(), li.getDisplayName()));
		warning(ml, li, "孙老伯", "13812345605", FraudType.FAKE_CUSTOMER_SERVICE, "2026-11-25T09:10", null, "", null, 0);
		warning(ds, zhou, "何女士", "13707912306", FraudType.ROMANCE, "2026-11-19T11:00",
				Intervention.BANK_CARD_PROTECTION, "协调银行对其银行卡采取保护措施。", WarningOutcome.DISSUADED, 80_000);
		warning(ds, zhou, "龚先生", "13870012307", FraudType.FAKE_LOAN, "2026-11-24T15:20", Intervention.CALL, "电话劝阻成功。",
				WarningOutcome.DISSUADED, 20_000);

		Scope mlScope = Scope.station(ml.getId());
		this.antifraud.recordSession(mlScope, ml.getId(), LocalDate.of(2026, 11, 12), SessionKind.NIGHT_SCHOOL,
				"梅陇一村社区活动室", "社区老年居民", 65, li.getId());
		this.antifraud.recordSession(mlScope, ml.getId(), LocalDate.of(2026, 10, 28), SessionKind.PUBLICITY,
				"梅陇商务区写字楼大堂", "入驻企业员工", 180, li.getId());
		this.antifraud.recordSession(mlScope, ml.getId(), LocalDate.of(2026, 9, 16), SessionKind.PUBLICITY, "上海戏剧学院",
				"在校学生", 320, li.getId());
		Scope dsScope = Scope.station(ds.getId());
		this.antifraud.recordSession(dsScope, ds.getId(), LocalDate.of(2026, 11, 6), SessionKind.PUBLICITY,
				"阳光乳业治安防控服务站", "厂区职工", 90, zhou.getId());
		this.antifraud.recordSession(dsScope, ds.getId(), LocalDate.of(2026, 10, 15), SessionKind.NIGHT_SCHOOL,
				"岱山社区服务中心", "社区居民", 48, zhou.getId());
	}

	private FraudWarning warning(Station station, Officer officer, String name, String phone, FraudType type, String at,
			Intervention intervention, String note, WarningOutcome outcome, long protectedAmount) {
		Scope scope = Scope.station(station.getId());
		FraudWarning warning = this.antifraud.register(scope, station.getId(), name, phone, type,
				LocalDateTime.parse(at).atZone(StationTime.ZONE).toInstant(), officer.getId());
		if (outcome == null) {
			return warning;
		}
		return this.antifraud.recordOutcome(scope, warning.getId(), warning.getVersion(), intervention, note, outcome,
				BigDecimal.valueOf(protectedAmount));
	}

}
