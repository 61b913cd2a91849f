package org.stationops.system;

import java.time.Clock;

import org.stationops.shared.StationTime;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Infrastructure the core services need: the station clock (in {@link StationTime#ZONE})
 * and the password encoder.
 */
@Configuration(proxyBeanMethods = false)
class ApplicationBeans {

	@Bean
	Clock clock() {
		return StationTime.systemClock();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

}
