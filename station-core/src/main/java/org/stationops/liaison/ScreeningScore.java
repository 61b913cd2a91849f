package org.stationops.liaison;

import java.util.Collection;
import java.util.Set;

/**
 * Scores a screening: the observed features' weights as a share (0–100) of all weights,
 * so the thresholds hold when supervisors change weights. At least {@link #WATCH} is
 * "watch", at least {@link #SUSPECTED} "suspected".
 */
public final class ScreeningScore {

	public static final int WATCH = 30;

	public static final int SUSPECTED = 60;

	private ScreeningScore() {
	}

	public static int score(Collection<ScreeningFeature> checklist, Set<String> observedCodes) {
		int total = checklist.stream().mapToInt(ScreeningFeature::getWeight).sum();
		if (total == 0) {
			return 0;
		}
		int observed = checklist.stream()
			.filter(f -> observedCodes.contains(f.getCode()))
			.mapToInt(ScreeningFeature::getWeight)
			.sum();
		return Math.round(observed * 100f / total);
	}

	public static Conclusion conclusion(int score) {
		if (score >= SUSPECTED) {
			return Conclusion.SUSPECTED;
		}
		return (score >= WATCH) ? Conclusion.WATCH : Conclusion.CLEAR;
	}

}
