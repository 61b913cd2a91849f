package org.stationops.system;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stationops.officers.OfficerDetails;
import org.stationops.officers.OfficerService;
import org.stationops.officers.Role;
import org.stationops.shared.Scope;
import org.stationops.shared.web.DemoDataContributor;
import org.stationops.stations.StationService;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * On a demo start with an empty database, loads the demo data set; on a production start
 * without accounts, creates the first administrator from
 * {@code STATIONOPS_ADMIN_USERNAME} / {@code STATIONOPS_ADMIN_PASSWORD} or refuses to
 * start, saying what to set.
 */
@Component
class StartupData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(StartupData.class);

	private final DemoMode demoMode;

	private final StationOpsProperties properties;

	private final StationService stations;

	private final OfficerService officers;

	private final List<DemoDataContributor> contributors;

	private final Environment environment;

	StartupData(DemoMode demoMode, StationOpsProperties properties, StationService stations, OfficerService officers,
			List<DemoDataContributor> contributors, Environment environment) {
		this.environment = environment;
		this.demoMode = demoMode;
		this.properties = properties;
		this.stations = stations;
		this.officers = officers;
		this.contributors = contributors;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.demoMode.isEnabled()) {
			if (this.stations.visibleStations(Scope.bureau()).isEmpty()) {
				this.contributors.forEach(DemoDataContributor::contribute);
				log.info("Loaded the demo data set");
			}
			log.info(signInHint(this.environment));
			return;
		}
		if (this.officers.hasAnyAccount()) {
			return;
		}
		StationOpsProperties.Admin admin = this.properties.admin();
		if (!StringUtils.hasText(admin.username()) || admin.password() == null
				|| admin.password().length() < OfficerService.MIN_PASSWORD_LENGTH) {
			throw new FirstAdministratorMissingException(OfficerService.MIN_PASSWORD_LENGTH);
		}
		this.officers.create(Scope.bureau(), new OfficerDetails(admin.username(), "管理员", "000000", "", null, "",
				Set.of(Role.ADMIN), Languages.CHINESE), admin.password());
		log.info("Created the first administrator '{}'", admin.username());
	}

	/**
	 * @return where and as whom to sign in, with the port the server actually listens on.
	 */
	static String signInHint(Environment environment) {
		String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
		return "Demo mode: sign in at http://localhost:" + port + "/login as "
				+ DemoAccounts.ALL.stream().map(DemoAccounts::username).collect(Collectors.joining(", "))
				+ ", password '" + DemoAccounts.PASSWORD + "'";
	}

}
