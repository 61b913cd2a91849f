package org.stationops.emergency;

/**
 * What an officer writes into a plan.
 */
public record PlanDetails(String name, Scenario scenario, String triggerConditions, String roles, String assemblyPoints,
		String resources) {

}
