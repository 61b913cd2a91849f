package org.stationops.mediation;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A mediation agreement's contents: the main facts and matters in dispute, each party's
 * responsibility, the terms, an amount if any, and the manner and deadline of performance
 * (人民调解法 第29条; 程序规定 第184条).
 */
public record Agreement(LocalDate reachedOn, String facts, String responsibilities, String terms,
		@Nullable BigDecimal amount, String performanceManner, LocalDate performanceDeadline) {

}
