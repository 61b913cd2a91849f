package org.stationops.analysis;

import org.jspecify.annotations.Nullable;

/**
 * What a supervisor writes: the target, the pattern (area and incident category, either
 * may be open) the advice answers, what was seen and the advice itself.
 */
public record AdviceDetails(AdviceTarget targetKind, Long targetId, @Nullable Long areaId,
		@Nullable String categoryCode, String basis, String advice) {

}
