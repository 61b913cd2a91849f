package org.stationops.servicestations;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;
import org.stationops.shared.AbstractEntity;
import org.stationops.shared.RuleViolationException;
import org.stationops.shared.StationScoped;

/**
 * A residential compound (小区): the denominators of coverage.
 */
@Entity
@Table(name = "residential_compounds")
public class Compound extends AbstractEntity implements StationScoped {

	private Long stationId = 0L;

	private @Nullable Long areaId;

	private String name = "";

	private double latitude;

	private double longitude;

	private int households;

	private int residents;

	protected Compound() {
	}

	Compound(Long stationId, CompoundDetails details) {
		this.stationId = stationId;
		apply(details);
	}

	/**
	 * Takes the entered details; refuses more households than residents.
	 */
	void apply(CompoundDetails details) {
		if (details.households() > details.residents()) {
			throw RuleViolationException.onField("households", "servicestations.compound.householdsOverResidents");
		}
		this.name = details.name();
		this.areaId = details.areaId();
		this.latitude = details.latitude();
		this.longitude = details.longitude();
		this.households = details.households();
		this.residents = details.residents();
	}

	public CompoundDetails details() {
		return new CompoundDetails(this.name, this.areaId, this.latitude, this.longitude, this.households,
				this.residents);
	}

	public Long getStationId() {
		return this.stationId;
	}

	public @Nullable Long getAreaId() {
		return this.areaId;
	}

	public String getName() {
		return this.name;
	}

	public double getLatitude() {
		return this.latitude;
	}

	public double getLongitude() {
		return this.longitude;
	}

	public int getHouseholds() {
		return this.households;
	}

	public int getResidents() {
		return this.residents;
	}

}
