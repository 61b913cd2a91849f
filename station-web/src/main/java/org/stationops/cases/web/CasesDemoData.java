package org.stationops.cases.web;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.stationops.cases.CaseActor;
import org.stationops.cases.CaseDetails;
import org.stationops.cases.CaseFilter;
import org.stationops.cases.CaseFile;
import org.stationops.cases.CaseKind;
import org.stationops.cases.CaseReview;
import org.stationops.cases.CaseReviewService;
import org.stationops.cases.CaseService;
import org.stationops.cases.CaseStage;
import org.stationops.cases.Decision;
import org.stationops.cases.DecisionFacts;
import org.stationops.cases.DeadlineStatus;
import org.stationops.cases.Penalty;
import org.stationops.cases.DeadlineEngine;
import org.stationops.cases.FilingTrack;
import org.stationops.cases.ParticularKind;
import org.stationops.cases.PauseReason;
import org.stationops.cases.SuspectStatus;
import org.stationops.officers.Officer;
import org.stationops.officers.OfficerService;
import org.stationops.shared.Scope;
import org.stationops.shared.web.DemoDataContributor;
import org.stationops.stations.Station;
import org.stationops.stations.StationService;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * A few months of cases at both stations in every stage, some due soon or overdue, with
 * the seed stories: the extortion and defamation cases Meilong cleared the day they were
 * reported (途虎养车), the flat taken by a "套路贷" gang and returned in full, the shrimp theft
 * (15 kg seized) and the pyramid-scheme ring of 20 suspects.
 */
@Component
@Order(20)
class CasesDemoData implements DemoDataContributor {

	private final CaseService cases;

	private final CaseReviewService reviews;

	private final StationService stations;

	private final OfficerService officers;

	private final java.time.Clock clock;

	CasesDemoData(CaseService cases, CaseReviewService reviews, StationService stations, OfficerService officers,
			java.time.Clock clock) {
		this.cases = cases;
		this.reviews = reviews;
		this.stations = stations;
		this.officers = officers;
		this.clock = clock;
	}

	@Override
	public void contribute() {
		meilong();
		daishan();
		routine("ML", List.of("ml.officer", "ml.liaison", "ml.duty"), List.of("梅陇一村", "华梅", "陇南", "朱行", "莲花南路"));
		routine("DS", List.of("ds.officer", "ds.liaison"), List.of("岱山", "北郊", "岱山工业园", "岱山路"));
		advanceReferredCases("ML", "ml.officer");
		advanceReferredCases("DS", "ds.officer");
	}

	/**
	 * The incidents demo refers many older incidents to cases, which open in 受案; a real
	 * station would have moved them on long ago. Cases from incidents older than two days
	 * are filed, and those older than a month are finished, so the supervision figures
	 * look like a working station's.
	 */
	private void advanceReferredCases(String stationCode, String username) {
		Scope scope = Scope.station(this.stations.getByCode(stationCode).getId());
		CaseActor officer = actor(username);
		Instant now = this.clock.instant();
		CaseFilter accepted = new CaseFilter(null, null, null, CaseStage.ACCEPTED, null, null);
		for (CaseFile caseFile : this.cases.list(scope, accepted, PageRequest.of(0, 1000))) {
			Instant at = caseFile.getAcceptedAt();
			if (caseFile.getIncidentId() == null || at.isAfter(now.minus(Duration.ofDays(2)))) {
				continue;
			}
			stage(scope, caseFile, officer, at.plus(Duration.ofHours(6)), CaseStage.FILED);
			stage(scope, caseFile, officer, at.plus(Duration.ofHours(7)), CaseStage.INVESTIGATING);
			if (at.isBefore(now.minus(Duration.ofDays(30)))) {
				boolean criminal = caseFile.getKind() == CaseKind.CRIMINAL;
				stage(scope, caseFile, officer, at.plus(Duration.ofDays(5)), CaseStage.SOLVED);
				stage(scope, caseFile, officer, at.plus(Duration.ofDays(12)),
						criminal ? CaseStage.TRANSFERRED_FOR_PROSECUTION : CaseStage.PUNISHMENT_DECIDED);
				stage(scope, caseFile, officer, at.plus(Duration.ofDays(20)), CaseStage.CLOSED);
			}
		}
	}

	/**
	 * Everyday cases over the last four months: older ones finished, recent ones open.
	 */
	private void routine(String stationCode, List<String> officerNames, List<String> places) {
		Station station = this.stations.getByCode(stationCode);
		Scope scope = Scope.station(station.getId());
		String[][] kinds = { { "盗窃电动自行车案", "CRIMINAL.THEFT" }, { "邻里纠纷殴打他人案", "PUBLIC_ORDER.FIGHT" },
				{ "扒窃案", "CRIMINAL.THEFT" }, { "酒后滋事案", "PUBLIC_ORDER.DRUNKENNESS" }, { "网络刷单诈骗案", "CRIMINAL.FRAUD" },
				{ "故意损毁财物案", "PUBLIC_ORDER.DAMAGE" }, { "入室盗窃案", "CRIMINAL.THEFT" },
				{ "噪音扰民纠纷打架案", "PUBLIC_ORDER.FIGHT" } };
		LocalDateTime now = LocalDateTime.now(this.clock);
		for (int i = 0; i < 22; i++) {
			LocalDateTime accepted = now.minusDays(120 - i * 5L).withHour(8 + i % 12).withMinute((i * 7) % 60);
			String[] kind = kinds[i % kinds.length];
			boolean criminal = kind[1].startsWith("CRIMINAL");
			CaseActor officer = actor(officerNames.get(i % officerNames.size()));
			CaseFile caseFile = open(station, officer, places.get(i % places.size()) + kind[0],
					criminal ? CaseKind.CRIMINAL : CaseKind.ADMINISTRATIVE, kind[1], "日常案件。",
					accepted.toString().substring(0, 16), (i % 4) * 1500L, (i % 8 == 0) ? (i % 4) * 1500L : 0);
			String filed = accepted.plusHours(3).toString().substring(0, 16);
			boolean finished = accepted.isBefore(now.minusDays(40));
			if (i % 7 == 3) {
				stage(scope, caseFile, officer, filed, CaseStage.NOT_FILED);
				continue;
			}
			if (!finished && accepted.isAfter(now.minusDays(20))) {
				stage(scope, caseFile, officer, filed, CaseStage.FILED, CaseStage.INVESTIGATING);
				continue;
			}
			String solved = accepted.plusDays(6).toString().substring(0, 16);
			String decided = accepted.plusDays(12).toString().substring(0, 16);
			String closed = accepted.plusDays(20).toString().substring(0, 16);
			stage(scope, caseFile, officer, filed, CaseStage.FILED, CaseStage.INVESTIGATING);
			if (criminal && i % 3 == 0) {
				continue;
			}
			stage(scope, caseFile, officer, solved, CaseStage.SOLVED);
			stage(scope, caseFile, officer, decided,
					criminal ? CaseStage.TRANSFERRED_FOR_PROSECUTION : CaseStage.PUNISHMENT_DECIDED);
			stage(scope, caseFile, officer, closed, CaseStage.CLOSED);
		}
	}

	private void meilong() {
		Station ml = this.stations.getByCode("ML");
		Scope scope = Scope.station(ml.getId());
		CaseActor zhang = actor("ml.officer");
		CaseActor li = actor("ml.liaison");
		CaseActor chen = actor("ml.duty");
		CaseActor wang = actor("ml.supervisor");

		CaseFile extortion = open(ml, zhang, "邹某敲诈勒索案（途虎养车）", CaseKind.CRIMINAL, "CRIMINAL.EXTORTION",
				"离职员工邹某以所谓“公司违规保养证据”视频向途虎养车公司勒索200万元。接报当天抓获嫌疑人。", "2026-09-08T10:20", 0, 0);
		stage(scope, extortion, zhang, "2026-09-08T12:00", CaseStage.FILED, CaseStage.INVESTIGATING);
		stage(scope, extortion, zhang, "2026-09-08T21:40", CaseStage.SOLVED);
		this.cases.addSuspect(scope, extortion.getId(), "邹某", id("310112", "19920314", "031"),
				SuspectStatus.COMPULSORY_MEASURES, zhang);
		this.cases.addParticular(scope, extortion.getId(), ParticularKind.VICTIM, "途虎养车公司（被勒索200万元，未支付）", null, "",
				zhang);
		stage(scope, extortion, zhang, "2026-10-20T10:00", CaseStage.TRANSFERRED_FOR_PROSECUTION);
		this.cases.addNote(scope, extortion.getId(), "案件已移送检察机关审查起诉。", true, zhang);

		CaseFile defamation = open(ml, li, "苏某诋毁途虎养车商业信誉案", CaseKind.ADMINISTRATIVE, "PUBLIC_ORDER.DEFAMATION",
				"抖音发布恶意诋毁“黑视频”，在朋友圈及车友群大量转发。嫌疑人定位在福建泉州，接报当天找到。", "2026-09-10T09:00", 0, 0);
		stage(scope, defamation, li, "2026-09-10T10:00", CaseStage.FILED, CaseStage.INVESTIGATING);
		stage(scope, defamation, li, "2026-09-10T22:10", CaseStage.SOLVED);
		this.cases.addParticular(scope, defamation.getId(), ParticularKind.ASSISTANCE_REQUEST, "请泉州警方协助查找发布者", null,
				"福建省泉州市", li);
		this.cases.addSuspect(scope, defamation.getId(), "苏某", id("350502", "19850622", "015"), SuspectStatus.SUMMONED,
				li);
		stage(scope, defamation, li, "2026-09-18T15:00", CaseStage.PUNISHMENT_DECIDED);
		submitAndApprove(scope, defamation, Decision.CLOSURE, li, wang, "苏某已写下道歉书并拍摄道歉视频，处罚已执行。", "案件已办结，感谢您的配合。");

		CaseFile flat = open(ml, zhang, "乔女士被“套路贷”骗取房产案", CaseKind.CRIMINAL, "CRIMINAL.FRAUD",
				"“套路贷”团伙以虚增债务、恶意制造违约等手段骗走乔女士一套住房，被害人为躲债流落中缅边境。", "2026-06-02T14:00", 3_200_000, 3_200_000);
		stage(scope, flat, zhang, "2026-06-04T10:00", CaseStage.FILED, CaseStage.INVESTIGATING);
		stage(scope, flat, zhang, "2026-07-15T10:00", CaseStage.SOLVED);
		for (String name : List.of("黄某", "钱某", "孙某")) {
			this.cases.addSuspect(scope, flat.getId(), name, "", SuspectStatus.DETAINED, zhang);
		}
		this.cases.addParticular(scope, flat.getId(), ParticularKind.VICTIM, "乔女士（住房一套）", new BigDecimal("3200000"), "",
				zhang);
		stage(scope, flat, zhang, "2026-08-20T10:00", CaseStage.TRANSFERRED_FOR_PROSECUTION);
		submitAndApprove(scope, flat, Decision.CLOSURE, zhang, wang, "房产已全部追回并返还被害人。", "被骗房产已全部追回。");

		CaseFile fight = open(ml, chen, "华梅社区打架斗殴案", CaseKind.ADMINISTRATIVE, "PUBLIC_ORDER.FIGHT",
				"两名住户因停车位争执互殴，一人轻微伤。", "2026-10-20T19:30", 800, 0);
		stage(scope, fight, chen, "2026-10-20T21:00", CaseStage.FILED, CaseStage.INVESTIGATING);
		this.cases.addSuspect(scope, fight.getId(), "马某", id("310112", "19790101", "057"), SuspectStatus.SUMMONED,
				chen);

		CaseFile damage = open(ml, zhang, "朱行社区故意损毁财物案", CaseKind.ADMINISTRATIVE, "PUBLIC_ORDER.DAMAGE", "深夜划伤小区内多辆汽车。",
				"2026-10-27T08:10", 12_000, 0);
		stage(scope, damage, zhang, "2026-10-27T11:00", CaseStage.FILED, CaseStage.INVESTIGATING);
		this.cases.addSuspect(scope, damage.getId(), "未知", "", SuspectStatus.AT_LARGE, zhang);

		CaseFile injury = open(ml, li, "陇南社区殴打他人案（伤情鉴定中）", CaseKind.ADMINISTRATIVE, "PUBLIC_ORDER.FIGHT",
				"邻里纠纷引发殴打，被侵害人申请伤情鉴定。", "2026-11-02T16:00", 0, 0);
		stage(scope, injury, li, "2026-11-02T18:00", CaseStage.FILED, CaseStage.INVESTIGATING);
		this.cases.pauseClock(scope, injury.getId(), PauseReason.APPRAISAL, LocalDate.of(2026, 11, 10), li);

		CaseFile disorder = open(ml, chen, "梅陇商务区聚众扰乱单位秩序案", CaseKind.ADMINISTRATIVE, "PUBLIC_ORDER.DISORDER",
				"十余人在写字楼大堂聚集讨薪，阻碍办公。涉案人员多，取证复杂。", "2026-10-20T10:00", 0, 0);
		stage(scope, disorder, chen, "2026-10-20T15:00", CaseStage.FILED, CaseStage.INVESTIGATING);
		this.reviews.takeOver(scope, disorder.getId(), Decision.EXTENSION,
				DecisionFacts.extension("涉案人员众多，需逐一询问。", "闵公（法）延字〔2026〕第118号", LocalDate.of(2026, 11, 14)), chen, wang,
				LocalDateTime.parse("2026-11-15T10:00").atZone(DeadlineEngine.ZONE).toInstant());
		if (this.cases.get(scope, disorder.getId()).deadlineStatus(this.clock.instant()) != DeadlineStatus.OVERDUE) {
			this.reviews.submit(scope, disorder.getId(), Decision.EXTENSION, DecisionFacts.extension("仍有三名行为人未到案。",
					"闵公（法）延字〔2026〕第131号", LocalDate.now(this.clock.withZone(DeadlineEngine.ZONE))), chen);
		}

		CaseFile bike = open(ml, zhang, "梅陇一村电动自行车被盗案", CaseKind.CRIMINAL, "CRIMINAL.THEFT", "车棚内电动自行车被盗，价值约4200元，有监控。",
				"2026-11-24T08:40", 4200, 0);
		this.reviews.submit(scope, bike.getId(), Decision.FILING, "被盗财物价值达到盗窃罪数额较大标准，有监控线索。", "", zhang);

		open(ml, chen, "莲花南路醉酒滋事案", CaseKind.ADMINISTRATIVE, "PUBLIC_ORDER.DRUNKENNESS", "醉酒男子在便利店内滋事，损坏货架。",
				LocalDateTime.now(this.clock).minusHours(3).withSecond(0).withNano(0).toString(), 300, 0);

		CaseFile phone = open(ml, li, "网购退款诈骗案（冒充客服）", CaseKind.CRIMINAL, "CRIMINAL.FRAUD", "被害人接到冒充电商客服电话，按指示转账。",
				"2026-11-23T15:00", 18_600, 0);
		CaseReview notFiling = this.reviews.submit(scope, phone.getId(), Decision.NOT_FILING, "被害人无法提供转账记录。", "", li);
		this.reviews.giveBack(scope, notFiling.getId(), "EVIDENCE_INSUFFICIENT", "请先向银行调取转账流水再作判断。", wang);
		this.reviews.submit(scope, phone.getId(), Decision.FILING, "已调取银行流水，资金流向涉诈账户。", "", li);

		CaseFile rumor = open(ml, chen, "虚构盗窃警情案", CaseKind.CRIMINAL, "CRIMINAL.THEFT", "报案人称手机被盗，经查为遗失后被他人归还。",
				"2026-10-05T11:00", 0, 0);
		submitAndApprove(scope, rumor, Decision.NOT_FILING, chen, wang, "经查无犯罪事实（刑事案件程序规定第178条）。", "经审查，没有犯罪事实，不予立案。");
	}

	private void daishan() {
		Station ds = this.stations.getByCode("DS");
		Scope scope = Scope.station(ds.getId());
		CaseActor zhou = actor("ds.officer");
		CaseActor wu = actor("ds.liaison");
		CaseActor zheng = actor("ds.supervisor");

		CaseFile ring = open(ds, zhou, "组织、领导传销活动案（20名嫌疑人）", CaseKind.CRIMINAL, "CRIMINAL.PYRAMID",
				"传销组织以“资本运作”为名发展下线，流窜多地。接报后侦查取证，抓获嫌疑人20名。", "2026-10-10T09:30", 1_560_000, 420_000);
		stage(scope, ring, zhou, "2026-10-12T10:00", CaseStage.FILED, CaseStage.INVESTIGATING);
		String[] surnames = { "赵", "钱", "孙", "李", "周", "吴", "郑", "王", "冯", "陈", "褚", "卫", "蒋", "沈", "韩", "杨", "朱", "秦",
				"尤", "许" };
		for (int i = 0; i < surnames.length; i++) {
			SuspectStatus status = (i < 3) ? SuspectStatus.DETAINED
					: (i < 17) ? SuspectStatus.COMPULSORY_MEASURES : SuspectStatus.AT_LARGE;
			String idNumber = (i < 17)
					? id("360104", "19" + (70 + i) + "0" + (1 + i % 9) + "1" + (i % 9), "0" + (11 + i)) : "";
			this.cases.addSuspect(scope, ring.getId(), surnames[i] + "某", idNumber, status, zhou);
		}
		this.cases.addParticular(scope, ring.getId(), ParticularKind.ASSISTANCE_REQUEST, "请协助抓捕在逃的3名骨干成员", null,
				"广东省深圳市", zhou);
		this.cases.addParticular(scope, ring.getId(), ParticularKind.ASSISTANCE_REQUEST, "请协助调取传销窝点租赁记录", null,
				"湖南省长沙市", zhou);
		this.cases.addParticular(scope, ring.getId(), ParticularKind.SEIZED_ITEM, "账本12册、手机20部", null, "", zhou);

		CaseFile shrimp = open(ds, wu, "农贸市场活虾被盗案", CaseKind.ADMINISTRATIVE, "PUBLIC_ORDER.THEFT",
				"摊主刚到的活虾在收拾摊位时被盗。组织警力夜间蹲守，抓获2名嫌疑人。", "2026-11-18T23:05", 900, 900);
		stage(scope, shrimp, wu, "2026-11-18T23:30", CaseStage.FILED, CaseStage.INVESTIGATING);
		stage(scope, shrimp, wu, "2026-11-20T03:10", CaseStage.SOLVED);
		this.cases.addSuspect(scope, shrimp.getId(), "刘某", id("360111", "19880808", "033"), SuspectStatus.RELEASED, wu);
		this.cases.addSuspect(scope, shrimp.getId(), "胡某", id("360111", "19900512", "019"), SuspectStatus.RELEASED, wu);
		this.cases.addParticular(scope, shrimp.getId(), ParticularKind.SEIZED_ITEM, "被盗活虾15公斤（已发还摊主）",
				new BigDecimal("900"), "", wu);
		this.reviews.submit(scope, shrimp.getId(), Decision.PUNISHMENT,
				DecisionFacts.punishment("拟对刘某、胡某各处行政拘留五日。", new Penalty(false, null, 5, false, false), false), wu);

		CaseFile burglary = open(ds, zhou, "岱山社区入室盗窃案", CaseKind.CRIMINAL, "CRIMINAL.THEFT", "夜间撬锁入室，盗走现金及金饰。",
				"2026-11-05T07:30", 26_000, 0);
		stage(scope, burglary, zhou, "2026-11-06T10:00", CaseStage.FILED, CaseStage.INVESTIGATING);

		CaseFile neighbours = open(ds, wu, "北郊社区邻里纠纷殴打案", CaseKind.ADMINISTRATIVE, "PUBLIC_ORDER.DISPUTE",
				"楼上楼下因漏水纠纷发生推搡，情节较轻，双方同意治安调解。", "2026-11-16T18:00", 0, 0);
		stage(scope, neighbours, wu, "2026-11-16T20:00", CaseStage.FILED);
		this.cases.mediationStarted(scope, neighbours.getId(), LocalDate.of(2026, 11, 17));

		open(ds, zhou, "岱山工业园电缆被盗案", CaseKind.CRIMINAL, "CRIMINAL.THEFT", "园区待用电缆约300米被盗。", "2026-11-23T09:00", 15_000,
				0);

		CaseFile quarrel = open(ds, zhou, "网吧寻衅滋事案", CaseKind.ADMINISTRATIVE, "PUBLIC_ORDER.FIGHT", "酒后在网吧起哄闹事。",
				"2026-10-30T23:00", 0, 0);
		stage(scope, quarrel, zhou, "2026-10-31T09:00", CaseStage.FILED, CaseStage.INVESTIGATING);
		submitAndApprove(scope, quarrel, Decision.WITHDRAWAL, zhou, zheng, "经查行为已过追究时效。", null);
	}

	private CaseFile open(Station station, CaseActor actor, String title, CaseKind kind, String category,
			String summary, String acceptedAt, long loss, long recovered) {
		Instant at = LocalDateTime.parse(acceptedAt).atZone(DeadlineEngine.ZONE).toInstant();
		CaseDetails details = new CaseDetails(title, kind, category, summary, actor.officerId(), "", at, false,
				FilingTrack.STANDARD, BigDecimal.valueOf(loss), BigDecimal.valueOf(recovered));
		return this.cases.open(Scope.station(station.getId()), station.getId(), details, actor, null, null);
	}

	private void stage(Scope scope, CaseFile caseFile, CaseActor actor, String at, CaseStage... stages) {
		stage(scope, caseFile, actor, LocalDateTime.parse(at).atZone(DeadlineEngine.ZONE).toInstant(), stages);
	}

	/**
	 * Takes a case's past steps through the same verbs as users: the officer's own moves
	 * with {@link CaseService#advance}, decisions submitted by the officer and approved
	 * by the station's supervisor with {@link CaseReviewService#takeOver}.
	 */
	private void stage(Scope scope, CaseFile caseFile, CaseActor actor, Instant when, CaseStage... stages) {
		for (CaseStage stage : stages) {
			Decision decision = stage.decision();
			if (decision == null) {
				this.cases.advance(scope, caseFile.getId(), stage, actor, when);
			}
			else {
				DecisionFacts facts = (decision == Decision.PUNISHMENT)
						? DecisionFacts.punishment("", new Penalty(true, null, null, false, false), false)
						: DecisionFacts.of("");
				this.reviews.takeOver(scope, caseFile.getId(), decision, facts, actor, supervisorAt(scope), when);
			}
		}
	}

	private CaseActor supervisorAt(Scope scope) {
		boolean meilong = this.stations.getByCode("ML").getId().equals(scope.stationId());
		return actor(meilong ? "ml.supervisor" : "ds.supervisor");
	}

	private void submitAndApprove(Scope scope, CaseFile caseFile, Decision decision, CaseActor officer,
			CaseActor supervisor, String note, String publicNote) {
		submitAndApprove(scope, caseFile, decision, officer, supervisor, note, publicNote, "");
	}

	private void submitAndApprove(Scope scope, CaseFile caseFile, Decision decision, CaseActor officer,
			CaseActor supervisor, String note, String publicNote, String approvalReference) {
		CaseReview review = this.reviews.submit(scope, caseFile.getId(), decision, note, approvalReference, officer);
		this.reviews.approve(scope, review.getId(), supervisor, publicNote);
	}

	private CaseActor actor(String username) {
		Officer officer = this.officers.findByUsername(username).orElseThrow();
		return new CaseActor(officer.getId(), officer.getDisplayName());
	}

	/**
	 * A resident ID number with a correct GB 11643 check character, for demo suspects.
	 */
	static String id(String area, String birth, String sequence) {
		return org.stationops.shared.ResidentIdNumbers.complete(area + birth + sequence);
	}

}
