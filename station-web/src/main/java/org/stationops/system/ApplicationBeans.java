package org.stationops.system;

import java.time.Clock;

import org.stationops.shared.StationTime;
import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Infrastructure the core services need: the station clock (in {@link StationTime#ZONE}),
 * also Bean Validation's, and the password encoder.
 */
@Configuration(proxyBeanMethods = false)
class ApplicationBeans {

	@Bean
	Clock clock() {
		return StationTime.systemClock();
	}

	/**
	 * Bean Validation's "now" ({@code @PastOrPresent}, {@code @Future} …) is the
	 * station's: with the JVM's default zone (UTC on the servers) a date entered between
	 * 00:00 and 08:00 station time was "in the future".
	 */
	@Bean
	ValidationConfigurationCustomizer stationClockForValidation(Clock clock) {
		return configuration -> configuration.clockProvider(() -> clock);
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

}
