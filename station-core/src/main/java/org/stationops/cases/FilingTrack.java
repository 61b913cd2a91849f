package org.stationops.cases;

/**
 * How long the filing review of a criminal case may take (公安部关于改革完善受案立案制度的意见,
 * 公通字〔2015〕32号): 3 days as a rule, 7 when leads must be verified, 30 for major, difficult
 * or complex cases with the approval of the county-level bureau head.
 */
public enum FilingTrack {

	STANDARD(3), NEEDS_VERIFICATION(7), MAJOR_COMPLEX(30);

	private final int days;

	FilingTrack(int days) {
		this.days = days;
	}

	public int days() {
		return this.days;
	}

}
