package org.stationops.consultations.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.stationops.consultations.Channel;
import org.stationops.consultations.Consultation;
import org.stationops.consultations.ConsultationDetails;
import org.stationops.consultations.ConsultationService;
import org.stationops.consultations.Topic;
import org.stationops.shared.Scope;
import org.stationops.shared.web.DemoDataContributor;
import org.stationops.stations.StationService;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Today's consultations through Putuo-style work accounts and the hotline, on both
 * stations: answered ones and one waiting. None is turned into an incident here, so the
 * incidents' demo figures stay as they are.
 */
@Component
@Order(60)
class ConsultationDemoData implements DemoDataContributor {

	private final StationService stations;

	private final ConsultationService consultations;

	private final Clock clock;

	private final Scope all = Scope.bureau();

	ConsultationDemoData(StationService stations, ConsultationService consultations, Clock clock) {
		this.stations = stations;
		this.consultations = consultations;
		this.clock = clock;
	}

	@Override
	public void contribute() {
		Instant now = this.clock.instant();
		Long ds = this.stations.getByCode("DS").getId();
		answered(ds, Channel.WORK_ACCOUNT, Topic.CERTIFICATE, "", "", "船员出海前需要开具无犯罪记录证明，要带什么材料？", 35,
				"本人身份证和船员证原件，到所户籍窗口办理，当场出具。", "ds.liaison");
		answered(ds, Channel.HOTLINE, Topic.DISPUTE, "金海燕", "13905800411", "邻居渔网堆放占用通道，多次沟通无果。", 20,
				"已告知社区调解员联系方式，民警明日上门了解。", "ds.officer");
		Consultation fraud = this.consultations.register(this.all, ds, new ConsultationDetails(Channel.WORK_ACCOUNT,
				Topic.FRAUD_HELP, "俞伟", "13905800412", "网上刷单被骗 3800 元，对方已拉黑，怎么办？", now.minus(Duration.ofMinutes(25))),
				"ds.liaison");
		this.consultations.answer(this.all, fraud.getId(), fraud.getVersion(), "请立即拨打 96110 并保留转账记录，民警将联系您登记警情。", "吴敏");
		this.consultations.register(this.all, ds, new ConsultationDetails(Channel.GOVERNMENT_PLATFORM, Topic.OTHER, "",
				"", "台风期间渔港停车场是否开放？", now.minus(Duration.ofMinutes(40))), "ds.officer");

		Long ml = this.stations.getByCode("ML").getId();
		answered(ml, Channel.WORK_ACCOUNT, Topic.CERTIFICATE, "", "", "居住证签注可以在服务站办吗？", 12,
				"可以，南方商圈移动警务室工作日 10:00–12:00 可预约办理。", "ml.liaison");
		answered(ml, Channel.HOTLINE, Topic.FRAUD_HELP, "周女士", "13800100413", "接到自称快递客服的电话要求退款，是诈骗吗？", 5,
				"是典型退款诈骗，请勿点击链接或转账。", "ml.officer");
	}

	private void answered(Long stationId, Channel channel, Topic topic, String name, String phone, String question,
			int minutes, String answer, String by) {
		Instant receivedAt = this.clock.instant().minus(Duration.ofMinutes(minutes));
		Consultation c = this.consultations.register(this.all, stationId,
				new ConsultationDetails(channel, topic, name, phone, question, receivedAt), by);
		this.consultations.answer(this.all, c.getId(), c.getVersion(), answer, by);
	}

}
