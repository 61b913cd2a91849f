package org.stationops.emergency.web;

import java.util.Objects;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.stationops.emergency.EmergencyPlan;
import org.stationops.emergency.PlanDetails;
import org.stationops.emergency.Scenario;

/**
 * Create and edit form of a plan; {@code version} guards edits.
 */
record PlanForm(@NotBlank @Size(max = 80) @Nullable String name, @NotNull @Nullable Scenario scenario,
		@NotBlank @Size(max = 2000) @Nullable String triggerConditions, @Size(max = 2000) @Nullable String roles,
		@Size(max = 1000) @Nullable String assemblyPoints, @Size(max = 2000) @Nullable String resources,
		@Nullable Long stationId, @Nullable Long version) {

	static PlanForm empty(@Nullable Long stationId) {
		return new PlanForm("", Scenario.TYPHOON, "", "", "", "", stationId, null);
	}

	static PlanForm of(EmergencyPlan plan) {
		PlanDetails d = plan.details();
		return new PlanForm(d.name(), d.scenario(), d.triggerConditions(), d.roles(), d.assemblyPoints(), d.resources(),
				plan.getStationId(), plan.getVersion());
	}

	PlanDetails toDetails() {
		return new PlanDetails(text(this.name), Objects.requireNonNull(this.scenario), text(this.triggerConditions),
				text(this.roles), text(this.assemblyPoints), text(this.resources));
	}

	static String text(@Nullable String value) {
		return (value == null) ? "" : value.trim();
	}

}
