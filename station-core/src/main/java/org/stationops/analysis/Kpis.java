package org.stationops.analysis;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.jspecify.annotations.Nullable;

/**
 * The station's figures for the period, each computed as its definition on the page says.
 * A figure is {@literal null} when its denominator is zero (nothing to compute it from).
 *
 * @param raw the counts and sums the figures come from.
 * @param preventable incidents of preventable sub-types (盗窃, 抢劫, 抢夺) in the period, the
 * year before and the period before.
 * @param incidents all incidents of the period.
 */
public record Kpis(KpiFigures raw, Trend preventable, long incidents) {

	/**
	 * @return active police accounts per 10,000 residents (万人警力比), two decimals.
	 */
	public @Nullable BigDecimal policePer10k() {
		if (this.raw.population() == 0) {
			return null;
		}
		return BigDecimal.valueOf(this.raw.activeOfficers() * 10_000L)
			.divide(BigDecimal.valueOf(this.raw.population()), 2, RoundingMode.HALF_UP);
	}

	/**
	 * @return preventable incidents as a share of all incidents, in percent.
	 */
	public @Nullable Double preventableRate() {
		return percent(this.preventable.current(), this.incidents);
	}

	/**
	 * @return cases cleared of the cases filed in the period, in percent.
	 */
	public @Nullable Double clearanceRate() {
		return percent(this.raw.casesCleared(), this.raw.casesFiled());
	}

	public @Nullable Double medianResponseMinutes() {
		return minutes(this.raw.medianResponseSeconds());
	}

	public @Nullable Double p90ResponseMinutes() {
		return minutes(this.raw.p90ResponseSeconds());
	}

	/**
	 * @return agreements of the mediations that ended in the period, in percent.
	 */
	public @Nullable Double mediationSuccessRate() {
		return percent(this.raw.mediationsAgreed(), this.raw.mediationsAgreed() + this.raw.mediationsFailed());
	}

	/**
	 * @return enterprises visited in the period of the enterprises registered, in
	 * percent.
	 */
	public @Nullable Double visitCoverage() {
		return percent(this.raw.enterprisesVisited(), this.raw.enterprises());
	}

	/**
	 * @return appointments handled of the appointments not cancelled, in percent.
	 */
	public @Nullable Double appointmentsHandledRate() {
		return percent(this.raw.appointmentsHandled(), this.raw.appointments());
	}

	/**
	 * @return warnings that dissuaded the person of all warnings, in percent.
	 */
	public @Nullable Double dissuasionRate() {
		return percent(this.raw.warningsDissuaded(), this.raw.warnings());
	}

	static @Nullable Double percent(long part, long whole) {
		if (whole == 0) {
			return null;
		}
		return Math.round(1000.0 * part / whole) / 10.0;
	}

	private static @Nullable Double minutes(@Nullable Double seconds) {
		return (seconds != null) ? Math.round(seconds / 6.0) / 10.0 : null;
	}

}
