package org.stationops.liaison;

import java.time.Instant;

/**
 * A screening concluded "suspected" and an officer turned it into a case lead. Published
 * once per screening; the incidents feature opens the lead from it.
 */
public record FraudLeadRaised(Long stationId, Long enterpriseId, String enterpriseName, String creditCode, int score,
		String evidence, Long officerId, Instant at) {
}
