package org.stationops.patrol;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * Planned against actual for a period: each plan's days, the period per plan, per unit
 * and per officer, and the volunteer teams' hours per month.
 */
public record ComplianceReport(LocalDate from, LocalDate to, List<PlanDay> days, List<PlanDay> byPlan,
		List<UnitTotal> byUnit, List<OfficerTotal> byOfficer, List<VolunteerHours> volunteerHours) {

	/**
	 * An officer's plan-days summed over the period: every day of a plan on which the
	 * officer started a shift of it counts in full for them (two officers on the same
	 * plan and day share it).
	 */
	public record OfficerTotal(String username, String name, PlanDay total) {

	}

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
