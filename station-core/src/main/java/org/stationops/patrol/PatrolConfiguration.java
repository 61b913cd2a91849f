package org.stationops.patrol;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The checkpoint code signer, from {@code stationops.patrol.code-secret} and
 * {@code stationops.patrol.code-validity}.
 */
@Configuration(proxyBeanMethods = false)
class PatrolConfiguration {

	@Bean
	CheckpointCodes checkpointCodes(@Value("${stationops.patrol.code-secret:}") String secret,
			@Value("${stationops.patrol.code-validity:P365D}") Duration validity) {
		return new CheckpointCodes(secret, validity);
	}

}
