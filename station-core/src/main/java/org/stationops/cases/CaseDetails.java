package org.stationops.cases;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The editable facts of a case.
 */
public record CaseDetails(String title, CaseKind kind, @Nullable String categoryCode, String summary,
		Long leadOfficerId, String team, Instant acceptedAt, boolean complex, FilingTrack filingTrack,
		BigDecimal lossAmount, BigDecimal recoveredAmount) {

	/**
	 * @return the fields by name as text, for showing what changed between two versions.
	 */
	public Map<String, String> asMap() {
		Map<String, String> map = new LinkedHashMap<>();
		map.put("title", this.title);
		map.put("kind", this.kind.name());
		map.put("categoryCode", (this.categoryCode != null) ? this.categoryCode : "");
		map.put("summary", this.summary);
		map.put("leadOfficerId", String.valueOf(this.leadOfficerId));
		map.put("team", this.team);
		map.put("acceptedAt", this.acceptedAt.toString());
		map.put("complex", String.valueOf(this.complex));
		map.put("filingTrack", this.filingTrack.name());
		map.put("lossAmount", this.lossAmount.stripTrailingZeros().toPlainString());
		map.put("recoveredAmount", this.recoveredAmount.stripTrailingZeros().toPlainString());
		return map;
	}

}
