package org.stationops.mediation.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.stationops.cases.CaseActor;
import org.stationops.cases.CaseDetails;
import org.stationops.cases.CaseFile;
import org.stationops.cases.CaseKind;
import org.stationops.cases.CaseReviewService;
import org.stationops.cases.CaseService;
import org.stationops.cases.Decision;
import org.stationops.cases.DecisionFacts;
import org.stationops.cases.DeadlineEngine;
import org.stationops.cases.FilingTrack;
import org.stationops.mediation.Agreement;
import org.stationops.mediation.ContactKind;
import org.stationops.mediation.Dispute;
import org.stationops.mediation.DisputeDetails;
import org.stationops.mediation.DisputeKind;
import org.stationops.mediation.DisputeFiles;
import org.stationops.mediation.DisputeService;
import org.stationops.mediation.DisputeSource;
import org.stationops.mediation.FollowUp;
import org.stationops.mediation.MediationContact;
import org.stationops.mediation.MediationService;
import org.stationops.mediation.MediationWorkload;
import org.stationops.mediation.PartyDetails;
import org.stationops.mediation.PartyRole;
import org.stationops.mediation.PartyType;
import org.stationops.mediation.Referral;
import org.stationops.mediation.RiskGrade;
import org.stationops.mediation.Satisfaction;
import org.stationops.mediation.SessionMode;
import org.stationops.officers.Officer;
import org.stationops.officers.OfficerService;
import org.stationops.officers.Role;
import org.stationops.shared.Scope;
import org.stationops.shared.web.DemoDataContributor;
import org.stationops.stations.Area;
import org.stationops.stations.Station;
import org.stationops.stations.StationService;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo disputes for 梅陇 (ML) and 岱山 (DS) across the categories: the rental dispute
 * resolved at the tenants' door (梅林's story in the seeds), remote mediations of crews at
 * sea (Zhoushan's 云调解), agreements, follow-ups due, a failure, a closure awaiting
 * approval and one escalated dispute.
 */
@Component
@Order(40)
class MediationDemoData implements DemoDataContributor {

	private static final Scope ALL = Scope.bureau();

	private final DisputeService disputes;

	private final DisputeFiles files;

	private final MediationService mediation;

	private final MediationWorkload workload;

	private final StationService stations;

	private final OfficerService officers;

	private final CaseService cases;

	private final CaseReviewService caseReviews;

	private int sequence;

	MediationDemoData(DisputeService disputes, DisputeFiles files, MediationService mediation,
			MediationWorkload workload, StationService stations, OfficerService officers, CaseService cases,
			CaseReviewService caseReviews) {
		this.disputes = disputes;
		this.files = files;
		this.mediation = mediation;
		this.workload = workload;
		this.stations = stations;
		this.officers = officers;
		this.cases = cases;
		this.caseReviews = caseReviews;
	}

	@Override
	public void contribute() {
		LocalDate today = this.workload.today();
		Station ml = this.stations.getByCode("ML");
		Station ds = this.stations.getByCode("DS");
		Officer mlOfficer = officer("ml.officer");
		Officer mlSupervisor = officer("ml.supervisor");
		Officer dsOfficer = officer("ds.officer");
		MediationContact mlMediator = this.disputes.addContact(ALL, ml.getId(), "王秀英", ContactKind.PEOPLES_MEDIATOR,
				"梅陇镇人民调解委员会", "13916000001");
		MediationContact mlSocial = this.disputes.addContact(ALL, ml.getId(), "李倩", ContactKind.SOCIAL_WORKER,
				"梅陇社区社工站", "13916000002");
		MediationContact dsMediator = this.disputes.addContact(ALL, ds.getId(), "陈海生", ContactKind.PEOPLES_MEDIATOR,
				"家乡红调解室（云调解平台）", "13757000001");

		Dispute rental = register(ml, mlOfficer, "RENTAL", DisputeSource.INCIDENT, "工业区租户与业主房屋租金纠纷",
				"某工业区多名租户因租金上涨与业主发生纠纷，指挥中心研判可能涉及群体，通知社区民警上门调解。", "梅陇工业区 3 号楼", area(ml, "梅陇商务区警务责任区"), 6,
				RiskGrade.YELLOW, today.minusDays(40));
		people(rental, "刘建国", "3101041975031", "13812340001", PartyRole.APPLICANT);
		people(rental, "陈美华", "3101041980112", "13812340002", PartyRole.RESPONDENT);
		mediators(rental, mlOfficer.getId(), mlMediator.getId());
		session(rental, today.minusDays(39), SessionMode.IN_PERSON, "租户门口", "刘建国、陈美华、租户代表 4 人、社区民警张伟、人民调解员王秀英",
				"民警上门听取双方意见：业主拟上调租金 30%，租户认为未按合同提前通知。经释法说理，双方同意本季度维持原租金，下季度起上调 10%，并补签书面补充协议。", mlOfficer);
		agree(rental, today.minusDays(39), "业主拟上调租金未按合同约定提前三个月通知，租户拒绝支付上调部分，双方在楼道内发生争执。",
				"业主未按约定提前通知，负主要责任；租户以堵门方式表达诉求欠妥。", "一、本季度租金维持原价；二、自下季度起租金上调 10%；三、双方于七日内签订书面补充协议。", null,
				"签订补充协议并按月支付租金", today.minusDays(32));
		followUp(rental, today.minusDays(30), true, "补充协议已签订，租户按时交租，双方无新争议。", Satisfaction.SATISFIED, mlOfficer);
		this.mediation.requestClosure(ALL, rental.getId(), version(rental));
		this.mediation.approveClosure(ALL, rental.getId(), version(rental), mlSupervisor.getId());

		Dispute leak = register(ml, mlOfficer, "NEIGHBOUR", DisputeSource.COMMUNITY_VISIT, "楼上卫生间漏水邻里纠纷",
				"楼上卫生间防水层破损，楼下天花板多次渗水，双方多次争吵。", "梅陇一村 12 号 402/302 室", area(ml, "梅陇一村社区"), 2, RiskGrade.BLUE,
				today.minusDays(12));
		people(leak, "王建平", "3101041962070", "13812340003", PartyRole.APPLICANT);
		people(leak, "赵丽", "3101041988090", "13812340004", PartyRole.RESPONDENT);
		mediators(leak, mlOfficer.getId(), null);
		session(leak, today.minusDays(10), SessionMode.IN_PERSON, "梅陇一村居委会调解室", "王建平、赵丽、居委会主任、社区民警张伟",
				"双方确认漏水原因为楼上防水层破损。赵丽同意重做防水并赔偿楼下天花板修复费用。", mlOfficer);
		agree(leak, today.minusDays(10), "楼上 402 室卫生间防水层破损致楼下 302 室天花板渗水。", "402 室业主赵丽负全部责任。",
				"一、赵丽于期限内重做卫生间防水；二、赔偿王建平天花板修复费 1800 元。", new BigDecimal("1800.00"), "现金或转账一次付清，防水由有资质的施工队完成",
				today.plusDays(2));

		Dispute wages = register(ml, mlOfficer, "WAGES", DisputeSource.WALK_IN, "装修工人集体讨薪纠纷",
				"12 名装修工人称包工头拖欠三个月工资，聚集在工地门口，情绪激动。", "华梅路某装修工地", area(ml, "华梅社区"), 12, RiskGrade.YELLOW,
				today.minusDays(3));
		people(wages, "孙立强", "3405211979051", "13812340005", PartyRole.APPLICANT);
		enterprise(wages, "上海梅陇装饰工程有限公司", "914403001922038216", PartyRole.RESPONDENT);
		mediators(wages, mlOfficer.getId(), mlSocial.getId());
		session(wages, today.minusDays(2), SessionMode.IN_PERSON, "梅陇派出所调解室", "工人代表孙立强等 3 人、公司项目经理、社工李倩、社区民警张伟",
				"公司承认拖欠，称总包未结算。工人要求三日内支付，双方未达成一致，约定再次协商并通报劳动保障部门。", mlOfficer);
		this.disputes.changeRisk(ALL, wages.getId(), version(wages), RiskGrade.RED, true, "工人扬言堵路，人数较多，可能激化");

		register(ml, mlOfficer, "FAMILY", DisputeSource.GRID_WORKER, "赡养老人家庭纠纷", "网格员反映：兄妹三人因母亲赡养费分担发生争吵。", "朱行社区",
				area(ml, "朱行社区"), 4, RiskGrade.BLUE, today.minusDays(1));

		Dispute consumer = register(ml, mlOfficer, "CONSUMER", DisputeSource.ONLINE, "健身卡退费消费纠纷",
				"消费者通过线上平台反映健身房闭店后拒绝退还预付卡余额。", "梅陇商务区某健身房", area(ml, "梅陇商务区警务责任区"), 2, RiskGrade.BLUE,
				today.minusDays(20));
		people(consumer, "吴敏", "3101041995120", "13812340006", PartyRole.APPLICANT);
		enterprise(consumer, "梅陇健身服务有限公司", "9144030071526726XG", PartyRole.RESPONDENT);
		mediators(consumer, null, mlMediator.getId());
		session(consumer, today.minusDays(18), SessionMode.PHONE, "电话", "吴敏、健身房负责人、人民调解员王秀英", "健身房仅同意退还 30%，消费者不接受。",
				mlOfficer);
		this.mediation.recordFailure(ALL, consumer.getId(), version(consumer), today.minusDays(17), "双方对退费比例分歧过大",
				Referral.COURT);

		Dispute parking = register(ml, mlOfficer, "PROPERTY_MANAGEMENT", DisputeSource.WALK_IN, "小区停车费物业纠纷",
				"业主认为物业擅自上调停车费，拒交并阻拦道闸。", "陇南社区某小区", area(ml, "陇南社区"), 3, RiskGrade.BLUE, today.minusDays(25));
		people(parking, "何志明", "3101041970101", "13812340007", PartyRole.APPLICANT);
		enterprise(parking, "梅陇物业管理有限公司", "91110000710926094P", PartyRole.RESPONDENT);
		mediators(parking, mlOfficer.getId(), null);
		session(parking, today.minusDays(24), SessionMode.IN_PERSON, "小区物业办公室", "何志明、物业经理、社区民警张伟",
				"物业出示业委会决议，同意对上调前已缴纳的月卡按原价执行至年底。", mlOfficer);
		agree(parking, today.minusDays(24), "物业依据业委会决议上调停车费，业主对公示程序有异议。", "物业公示不充分；业主阻拦道闸不当。",
				"一、已缴月卡按原价执行至年底；二、业主不再阻拦道闸；三、物业补充公示。", null, "物业张贴公示，业主按新标准续费", today.minusDays(14));
		followUp(parking, today.minusDays(13), true, "公示已张贴，道闸正常通行。", Satisfaction.BASICALLY_SATISFIED, mlOfficer);
		this.mediation.requestClosure(ALL, parking.getId(), version(parking));

		Dispute crewWages = register(ds, dsOfficer, "CREW", DisputeSource.ONLINE, "远洋渔船船员工资纠纷（海上远程调解）",
				"在外海作业的远洋渔船船员通过“智航远洋”反映船东拖欠两个月工资，船舶尚未回港。", "远洋渔船（外海作业）", null, 5, RiskGrade.YELLOW, today.minusDays(9));
		people(crewWages, "林海涛", "3309211985060", "13757000011", PartyRole.APPLICANT);
		enterprise(crewWages, "岱山远洋渔业有限公司", "914403001922038216", PartyRole.RESPONDENT);
		mediators(crewWages, dsOfficer.getId(), dsMediator.getId());
		session(crewWages, today.minusDays(8), SessionMode.ONLINE, "云调解平台（船员在船，船东在岸）",
				"船员代表林海涛（视频连线）、船东代理人、人民调解员陈海生、民警周涛", "通过云调解平台视频连线。船东承认因渔获结算延迟欠薪，同意分两次支付。", dsOfficer);
		agree(crewWages, today.minusDays(8), "船东因渔获结算延迟拖欠 5 名船员两个月工资共计 8.6 万元。", "船东负全部责任。",
				"一、船东于期限内支付全部欠薪 86000 元；二、船舶回港后不得以此为由解聘船员。", new BigDecimal("86000.00"), "银行转账至船员本人账户",
				today.minusDays(1));

		Dispute crewInjury = register(ds, dsOfficer, "CREW", DisputeSource.ONLINE, "船员海上作业受伤补偿纠纷（远程调解）",
				"船员在海上作业中手部受伤，与船东就误工补偿发生争议。", "运输船（航行中）", null, 2, RiskGrade.BLUE, today.minusDays(6));
		people(crewInjury, "郑国华", "3309211990030", "13757000012", PartyRole.APPLICANT);
		people(crewInjury, "徐永福", "3309211968110", "13757000013", PartyRole.RESPONDENT);
		mediators(crewInjury, dsOfficer.getId(), dsMediator.getId());
		session(crewInjury, today.minusDays(5), SessionMode.ONLINE, "云调解平台", "郑国华（船上视频）、徐永福、人民调解员陈海生、民警周涛",
				"双方对伤情认定无异议，对误工天数存在分歧，约定船舶靠港后再次调解。", dsOfficer);

		Dispute partnership = register(ds, dsOfficer, "COMMERCIAL", DisputeSource.WALK_IN, "商铺合伙经营分红纠纷",
				"两名合伙人就奶茶店分红和退伙发生纠纷。", "岱山路商业街", area(ds, "岱山社区"), 2, RiskGrade.BLUE, today.minusDays(15));
		people(partnership, "黄晓东", "3601041987020", "13757000014", PartyRole.APPLICANT);
		people(partnership, "邓佳", "3601041989080", "13757000015", PartyRole.RESPONDENT);
		mediators(partnership, dsOfficer.getId(), null);
		session(partnership, today.minusDays(14), SessionMode.IN_PERSON, "岱山派出所调解室", "黄晓东、邓佳、民警周涛",
				"双方对账目真实性争议较大，同意申请商事仲裁。", dsOfficer);
		this.mediation.recordFailure(ALL, partnership.getId(), version(partnership), today.minusDays(14), "账目争议需专业审计",
				Referral.ARBITRATION);

		Dispute traffic = register(ds, dsOfficer, "TRAFFIC", DisputeSource.PATROL, "电动车剐蹭赔偿纠纷", "巡逻中发现两名电动车驾驶人因剐蹭争执。",
				"岱山工业园门口", area(ds, "岱山工业园警务责任区"), 2, RiskGrade.BLUE, today.minusDays(30));
		people(traffic, "胡军", "3601041979090", "13757000016", PartyRole.APPLICANT);
		people(traffic, "曹红", "3601041993040", "13757000017", PartyRole.RESPONDENT);
		mediators(traffic, dsOfficer.getId(), null);
		session(traffic, today.minusDays(30), SessionMode.IN_PERSON, "现场", "胡军、曹红、民警周涛", "双方同意曹红赔偿修车费 300 元，当场转账。",
				dsOfficer);
		agree(traffic, today.minusDays(30), "两车并行时曹红变道剐蹭胡军电动车。", "曹红负全部责任。", "曹红赔偿胡军修车费 300 元。",
				new BigDecimal("300.00"), "当场微信转账", today.minusDays(30));
		followUp(traffic, today.minusDays(27), true, "已赔付，双方无异议。", Satisfaction.SATISFIED, dsOfficer);
		this.mediation.requestClosure(ALL, traffic.getId(), version(traffic));
		this.mediation.approveClosure(ALL, traffic.getId(), version(traffic), officer("ds.supervisor").getId());
		policeMediations(ml, ds, mlOfficer, dsOfficer, today);
	}

	/**
	 * 治安调解 inside minor 治安 cases: one performed (the case closed without punishment), one
	 * under way, one failed (the case goes on, its clock restarted).
	 */
	private void policeMediations(Station ml, Station ds, Officer mlOfficer, Officer dsOfficer, LocalDate today) {
		CaseFile shove = filedCase(ml, mlOfficer, "餐馆门口口角推搡案", today.minusDays(9));
		Dispute performed = registerPolice(ml, mlOfficer, shove, "PROPERTY_DAMAGE", "餐馆门口口角推搡、损坏手机纠纷",
				"两名食客因排队口角推搡，一方手机摔坏。双方系邻居。", "梅陇路某餐馆门口", today.minusDays(8));
		people(performed, "钱伟", "3101041983061", "13812340008", PartyRole.APPLICANT);
		people(performed, "孔亮", "3101041991021", "13812340009", PartyRole.RESPONDENT);
		mediators(performed, mlOfficer.getId(), null);
		session(performed, today.minusDays(7), SessionMode.IN_PERSON, "梅陇派出所调解室", "钱伟、孔亮、民警张伟",
				"双方承认因琐事推搡，孔亮同意赔偿手机维修费并道歉。", mlOfficer);
		agree(performed, today.minusDays(7), "某日晚两人在餐馆门口排队时发生口角，孔亮推搡钱伟致其手机摔坏，无人受伤。", "孔亮负主要责任。",
				"孔亮向钱伟赔礼道歉，并赔偿手机维修费 650 元。", new BigDecimal("650.00"), "微信转账", today.minusDays(5));
		followUp(performed, today.minusDays(4), true, "已赔付并道歉，双方和好。", Satisfaction.SATISFIED, mlOfficer);

		CaseFile noise = filedCase(ml, mlOfficer, "深夜噪音干扰他人生活案", today.minusDays(2));
		Dispute underWay = registerPolice(ml, mlOfficer, noise, "DISTURBING_LIFE", "深夜播放音乐干扰邻居纠纷",
				"楼上住户多次深夜大音量播放音乐，经劝阻未改，邻居报警。", "华梅社区某小区", today.minusDays(1));
		people(underWay, "朱红", "3101041975120", "13812340010", PartyRole.APPLICANT);
		people(underWay, "严斌", "3101041996070", "13812340011", PartyRole.RESPONDENT);
		mediators(underWay, mlOfficer.getId(), null);
		session(underWay, today, SessionMode.IN_PERSON, "华梅社区居委会", "朱红、严斌、居委会干部、民警张伟", "严斌表示愿意整改，但对赔偿精神损失有异议，约定再次调解。",
				mlOfficer);

		CaseFile fight = filedCase(ds, dsOfficer, "工友宿舍互殴案", today.minusDays(12));
		Dispute failed = registerPolice(ds, dsOfficer, fight, "ASSAULT", "工友宿舍琐事互殴纠纷", "两名工友因宿舍卫生琐事互殴，均轻微伤。", "岱山工业园宿舍",
				today.minusDays(11));
		people(failed, "谢文", "3601041990050", "13757000018", PartyRole.APPLICANT);
		people(failed, "彭涛", "3601041992100", "13757000019", PartyRole.RESPONDENT);
		mediators(failed, dsOfficer.getId(), null);
		session(failed, today.minusDays(10), SessionMode.IN_PERSON, "岱山派出所调解室", "谢文、彭涛、民警周涛", "双方对医药费分担分歧较大。",
				dsOfficer);
		this.mediation.recordFailure(ALL, failed.getId(), version(failed), today.minusDays(10), "双方对医药费分担无法达成一致",
				Referral.CASE_CONTINUES);
	}

	private CaseFile filedCase(Station station, Officer lead, String title, LocalDate filedOn) {
		Scope scope = Scope.station(station.getId());
		Instant at = filedOn.atTime(9, 30).atZone(DeadlineEngine.ZONE).toInstant();
		CaseFile caseFile = this.cases.open(scope, station.getId(),
				new CaseDetails(title, CaseKind.ADMINISTRATIVE, "PUBLIC_ORDER.FIGHT", title, lead.getId(),
						lead.getTeam(), at, false, FilingTrack.STANDARD, BigDecimal.ZERO, BigDecimal.ZERO),
				CaseActor.system(), null, null);
		Officer supervisor = this.officers.activeAt(station.getId())
			.stream()
			.filter(o -> o.hasRole(Role.SUPERVISOR) && !o.getId().equals(lead.getId()))
			.findFirst()
			.orElseThrow();
		this.caseReviews.takeOver(scope, caseFile.getId(), Decision.FILING, DecisionFacts.of(""),
				new CaseActor(lead.getId(), lead.getDisplayName()),
				new CaseActor(supervisor.getId(), supervisor.getDisplayName()), at);
		return this.cases.get(scope, caseFile.getId());
	}

	private Dispute registerPolice(Station station, Officer by, CaseFile caseFile, String offence, String title,
			String summary, String place, LocalDate on) {
		return this.disputes.register(Scope.station(station.getId()), station.getId(),
				new DisputeDetails(DisputeKind.POLICE, DisputeSource.INCIDENT, "NEIGHBOUR", title, summary, place, null,
						2, RiskGrade.BLUE, false, "", null, caseFile.getId(), offence, "TRIVIAL_MATTERS", on),
				List.of(), by.getId());
	}

	private Dispute register(Station station, Officer by, String category, DisputeSource source, String title,
			String summary, String place, @Nullable Long areaId, int headcount, RiskGrade grade, LocalDate on) {
		return this.disputes
			.register(
					ALL, station.getId(), new DisputeDetails(DisputeKind.PEOPLE, source, category, title, summary,
							place, areaId, headcount, grade, false, "", null, null, null, null, on),
					List.of(), by.getId());
	}

	private void people(Dispute d, String name, String idPrefix13, String phone, PartyRole role) {
		this.disputes.addParty(ALL, d.getId(), version(d), new PartyDetails(PartyType.PERSON, role, name, phone,
				residentId(idPrefix13 + "5" + String.format("%03d", ++this.sequence)), "", "本市"));
	}

	private void enterprise(Dispute d, String name, String creditCode, PartyRole role) {
		this.disputes.addParty(ALL, d.getId(), version(d),
				new PartyDetails(PartyType.ENTERPRISE, role, name, "", "", creditCode, "本市"));
	}

	private void mediators(Dispute d, @Nullable Long officerId, @Nullable Long contactId) {
		if (officerId != null) {
			this.disputes.addMediator(ALL, d.getId(), version(d), officerId, null);
		}
		if (contactId != null) {
			this.disputes.addMediator(ALL, d.getId(), version(d), null, contactId);
		}
	}

	private void session(Dispute d, LocalDate on, SessionMode mode, String place, String participants, String record,
			Officer by) {
		this.mediation.recordSession(ALL, d.getId(), version(d), on, mode, place, participants, record, by.getId());
	}

	private void agree(Dispute d, LocalDate on, String facts, String responsibilities, String terms,
			@Nullable BigDecimal amount, String manner, LocalDate deadline) {
		this.mediation.recordAgreement(ALL, d.getId(), version(d),
				new Agreement(on, facts, responsibilities, terms, amount, manner, deadline));
	}

	private void followUp(Dispute d, LocalDate on, boolean performed, String outcome, Satisfaction satisfaction,
			Officer by) {
		FollowUp open = this.files.file(ALL, d.getId())
			.followUps()
			.stream()
			.filter(f -> !f.isDone())
			.findFirst()
			.orElseThrow();
		this.mediation.completeFollowUp(ALL, d.getId(), version(d), open.getId(), on, performed, outcome, satisfaction,
				by.getId());
	}

	private long version(Dispute d) {
		return this.disputes.get(ALL, d.getId()).getVersion();
	}

	private @Nullable Long area(Station station, String name) {
		return this.stations.areas(ALL, station.getId())
			.stream()
			.filter(a -> a.getName().equals(name))
			.map(Area::getId)
			.findFirst()
			.orElse(null);
	}

	private Officer officer(String username) {
		return this.officers.findByUsername(username).orElseThrow();
	}

	/**
	 * @return a valid resident ID number (GB 11643 check character) from its first 17
	 * digits.
	 */
	static String residentId(String first17) {
		return org.stationops.shared.ResidentIdNumbers.complete(first17);
	}

}
