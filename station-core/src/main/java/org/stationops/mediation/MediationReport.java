package org.stationops.mediation;

import java.time.LocalDate;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The mediation figures of a period and area.
 *
 * @param byCategory disputes per category code, in the categories' order.
 * @param successRate agreements / (agreements + failures) in percent, {@literal null}
 * without outcomes.
 * @param averageDaysToResolution from registration to agreement or failure.
 * @param followUpRate follow-ups done / follow-ups due by the end of the period, percent.
 */
public record MediationReport(LocalDate from, LocalDate to, long total, Map<String, Long> byCategory,
		Map<DisputeSource, Long> bySource, long agreed, long failed, long open, @Nullable Double successRate,
		@Nullable Double averageDaysToResolution, long followUpsDue, long followUpsDone, @Nullable Double followUpRate,
		long escalations) {

}
