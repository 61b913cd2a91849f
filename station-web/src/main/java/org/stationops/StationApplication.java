package org.stationops;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/**
 * StationOps (派出所综合勤务平台): the web platform a police station runs its day on.
 */
@Modulithic(sharedModules = "shared")
@SpringBootApplication
public class StationApplication {

	public static void main(String[] args) {
		SpringApplication.run(StationApplication.class, args);
	}

}
