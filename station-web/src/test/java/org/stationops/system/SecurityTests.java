package org.stationops.system;

import org.junit.jupiter.api.Test;
import org.stationops.officers.OfficerService;
import org.stationops.shared.Scope;
import org.stationops.shared.web.OfficerPrincipal;
import org.stationops.stations.StationService;
import org.stationops.support.StationWebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

@StationWebTest
class SecurityTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	StationService stations;

	OfficerPrincipal as(String username) {
		return (OfficerPrincipal) this.users.loadUserByUsername(username);
	}

	Long station(String code) {
		return this.stations.getByCode(code).getId();
	}

	@Test
	void sendsAnonymousVisitorsToTheLoginPage() {
		assertThat(this.mvc.get().uri("/")).hasStatus(HttpStatus.FOUND).redirectedUrl().endsWith("/login");
		assertThat(this.mvc.get().uri("/login")).hasStatusOk().bodyText().contains("登录");
	}

	@Test
	void servesFrontEndLibrariesFromWebJarsWithoutSignIn() {
		assertThat(this.mvc.get().uri("/webjars/bootstrap/css/bootstrap.min.css")).hasStatusOk();
		assertThat(this.mvc.get().uri("/webjars/htmx.org/dist/htmx.min.js")).hasStatusOk();
		assertThat(this.mvc.get().uri("/webjars/chart.js/dist/chart.umd.js")).hasStatusOk();
	}

	@Test
	void servesTheFaviconWithoutSignInAndLinksItFromEveryPage() {
		assertThat(this.mvc.get().uri("/favicon.ico")).hasStatusOk();
		assertThat(this.mvc.get().uri("/images/favicon.ico")).hasStatusOk();
		assertThat(this.mvc.get().uri("/login")).bodyText().contains("rel=\"icon\"");
	}

	@Test
	void letsOnlyAdministratorsIntoAdministration() {
		assertThat(this.mvc.get().uri("/admin/officers").with(user(as("admin")))).hasStatusOk();
		for (String username : new String[] { "ml.officer", "ml.liaison", "ml.supervisor", "bureau" }) {
			assertThat(this.mvc.get().uri("/admin/officers").with(user(as(username)))).as(username)
				.hasStatus(HttpStatus.FORBIDDEN);
			assertThat(this.mvc.get().uri("/stations/" + station("ML") + "/edit").with(user(as(username)))).as(username)
				.hasStatus(HttpStatus.FORBIDDEN);
		}
	}

	@Test
	void showsEveryRoleTheDashboardAndItsOwnStationProfile() {
		for (String username : new String[] { "ml.officer", "ml.liaison", "ml.supervisor", "bureau", "admin" }) {
			assertThat(this.mvc.get().uri("/").with(user(as(username)))).as(username).hasStatusOk();
			assertThat(this.mvc.get().uri("/stations/" + station("ML")).with(user(as(username)))).as(username)
				.hasStatusOk()
				.bodyText()
				.contains("5.3");
		}
	}

	@Test
	void answersAnotherStationsRecordsWithNotFound() {
		assertThat(this.mvc.get().uri("/stations/" + station("DS")).with(user(as("ml.officer"))))
			.hasStatus(HttpStatus.NOT_FOUND)
			.bodyText()
			.contains("未找到");
		assertThat(this.mvc.get().uri("/stations/" + station("DS")).with(user(as("bureau")))).hasStatusOk();
	}

	@Test
	void showsBureauSupervisorsEveryStationAndStationUsersOnlyTheirs() {
		assertThat(this.mvc.get().uri("/stations").with(user(as("bureau")))).bodyText().contains("梅陇派出所", "岱山派出所");
		assertThat(this.mvc.get().uri("/stations").with(user(as("ds.supervisor")))).bodyText()
			.contains("岱山派出所")
			.doesNotContain("梅陇派出所");
	}

	@Test
	void refusesPostsWithoutCsrfToken() {
		assertThat(this.mvc.post().uri("/admin/officers/1/deactivate").with(user(as("admin"))))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.post().uri("/stations").with(user(as("ml.officer"))).with(csrf()))
			.hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void rendersUnknownPagesAsNotFoundInTheLayout() {
		assertThat(this.mvc.get().uri("/stations/not-a-number").with(user(as("ml.officer"))))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/stations/999999").with(user(as("admin"))).header("Accept-Language", "en"))
			.hasStatus(HttpStatus.NOT_FOUND);
	}

}
