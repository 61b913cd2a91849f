package org.stationops.patrol;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * Planned against actual for a period: each plan's days, the period per plan and per
 * unit, and the volunteer teams' hours per month.
 */
public record ComplianceReport(LocalDate from, LocalDate to, List<PlanDay> days, List<PlanDay> byPlan,
		List<UnitTotal> byUnit, List<VolunteerHours> volunteerHours) {

	/**
	 * A unit's plans summed over the period.
	 */
	public record UnitTotal(Long unitId, String unitName, PlanDay total) {

	}

	/**
	 * A volunteer team's hours (headcount × shift length) in a month.
	 */
	public record VolunteerHours(Long unitId, String unitName, YearMonth month, int shifts, BigDecimal hours) {

	}

}
