package org.stationops.patrol.web;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.stationops.incidents.IncidentService;
import org.stationops.incidents.IncidentSource;
import org.stationops.patrol.PatrolPlan;
import org.stationops.patrol.PatrolPlanService;
import org.stationops.patrol.VideoOutcome;
import org.stationops.patrol.VideoPass;
import org.stationops.patrol.VideoPatrolService;
import org.stationops.shared.Scope;
import org.stationops.shared.web.OfficerPrincipal;
import org.stationops.stations.StationService;
import org.stationops.support.StationWebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

@StationWebTest
class VideoPatrolWebTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	PatrolPlanService plans;

	@Autowired
	VideoPatrolService video;

	@Autowired
	IncidentService incidents;

	@Autowired
	StationService stations;

	OfficerPrincipal me(String username) {
		return (OfficerPrincipal) this.users.loadUserByUsername(username);
	}

	Scope ds() {
		return Scope.station(this.stations.getByCode("DS").getId());
	}

	PatrolPlan demoVideoPlan() {
		return this.plans.list(ds()).stream().filter(p -> p.getKind().isVideo()).findFirst().orElseThrow();
	}

	@Test
	void theDemoVideoPlanListsItsCamerasAndItsLogOfPasses() {
		PatrolPlan plan = demoVideoPlan();
		assertThat(this.video.recent(ds(), plan.getId())).isNotEmpty();
		assertThat(this.mvc.get().uri("/patrol/plans/{id}/video?lang=zh-CN", plan.getId()).with(user(me("ds.officer"))))
			.hasStatusOk()
			.bodyText()
			.contains("视频巡逻：岱山视频巡逻（夜间）", "id=\"camera-" + plan.getCameraIds().get(0) + "\"", "未见异常");
		assertThat(this.mvc.get().uri("/patrol/plans/{id}?lang=zh-CN", plan.getId()).with(user(me("ds.officer"))))
			.hasStatusOk()
			.bodyText()
			.contains("id=\"plan-cameras\"", "开始视频巡逻");
	}

	@Test
	void aLookWithNothingSeenIsRecordedAndAFindingBecomesAnIncidentInOneStep() {
		PatrolPlan plan = demoVideoPlan();
		Long camera = plan.getCameraIds().get(1);
		assertThat(this.mvc.post()
			.uri("/patrol/plans/{id}/video", plan.getId())
			.param("cameraId", camera.toString())
			.param("outcome", "NOTHING")
			.with(user(me("ds.officer")))
			.with(csrf())).hasStatus3xxRedirection().flash().containsEntry("message", "patrol.video.recorded");

		String note = "有人撬电动车锁 " + UUID.randomUUID();
		assertThat(this.mvc.post()
			.uri("/patrol/plans/{id}/video", plan.getId())
			.param("cameraId", camera.toString())
			.param("outcome", "FINDING")
			.param("categoryCode", "CRIMINAL.THEFT")
			.param("note", note)
			.with(user(me("ds.officer")))
			.with(csrf())).hasStatus3xxRedirection().flash().containsKey("findingIncidentId");

		List<VideoPass> recent = this.video.recent(ds(), plan.getId());
		VideoPass finding = recent.stream().filter(v -> v.getNote().equals(note)).findFirst().orElseThrow();
		assertThat(finding.getOutcome()).isEqualTo(VideoOutcome.FINDING);
		assertThat(this.incidents.get(ds(), finding.getIncidentId()).getSource()).isEqualTo(IncidentSource.PATROL);
		assertThat(this.incidents.get(ds(), finding.getIncidentId()).getDescription()).isEqualTo(note);
	}

	@Test
	void aRefusedLookComesBackWithTheTypedNoteAndChoicesOnItsCamera() {
		PatrolPlan plan = demoVideoPlan();
		Long camera = plan.getCameraIds().get(1);
		String note = "有人撬电动车锁，未选类别 " + UUID.randomUUID();
		int before = this.video.recent(ds(), plan.getId()).size();
		assertThat(this.mvc.post()
			.uri("/patrol/plans/{id}/video?lang=zh-CN", plan.getId())
			.param("cameraId", camera.toString())
			.param("outcome", "FINDING")
			.param("note", note)
			.with(user(me("ds.officer")))
			.with(csrf())).hasStatusOk()
			.bodyText()
			.contains("id=\"camera-error-" + camera + "\"", "发现情况时请选择警情类别。")
			.containsPattern("id=\"note-" + camera + "\"[^>]*>" + note + "</textarea>")
			.containsPattern("id=\"outcome-" + camera + "-FINDING\"[^>]*checked");
		assertThat(this.video.recent(ds(), plan.getId())).hasSize(before).noneMatch(v -> v.getNote().equals(note));
	}

	@Test
	void aFindingWithoutADescriptionComesBackWithItsCategoryChosen() {
		PatrolPlan plan = demoVideoPlan();
		Long camera = plan.getCameraIds().get(0);
		assertThat(this.mvc.post()
			.uri("/patrol/plans/{id}/video?lang=zh-CN", plan.getId())
			.param("cameraId", camera.toString())
			.param("outcome", "FINDING")
			.param("categoryCode", "CRIMINAL.THEFT")
			.param("note", "")
			.with(user(me("ds.officer")))
			.with(csrf())).hasStatusOk()
			.bodyText()
			.contains("id=\"camera-error-" + camera + "\"")
			.containsPattern("(?s)id=\"category-" + camera + "\".*?value=\"CRIMINAL.THEFT\"\\s+selected");
	}

	@Test
	void refusesACameraThatIsNotOnThePlan() {
		PatrolPlan plan = demoVideoPlan();
		assertThat(this.mvc.post()
			.uri("/patrol/plans/{id}/video?lang=zh-CN", plan.getId())
			.param("cameraId", "987654")
			.param("outcome", "NOTHING")
			.with(user(me("ds.officer")))
			.with(csrf())).hasStatusOk().bodyText().contains("id=\"action-error\"", "该摄像头不在本方案中。");
	}

}
