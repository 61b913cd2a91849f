package org.stationops.stations;

import java.math.BigDecimal;
import java.math.RoundingMode;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;
import org.stationops.shared.AbstractEntity;

/**
 * A police station and its jurisdiction profile.
 */
@Entity
@Table(name = "stations")
public class Station extends AbstractEntity {

	private String code = "";

	private String name = "";

	private String bureau = "";

	private String address = "";

	private BigDecimal areaKm2 = BigDecimal.ZERO;

	private int residentialCompounds;

	private int actualPopulation;

	private int registeredPopulation;

	private int floatingPopulation;

	private int schools;

	private int urbanVillages;

	private int officerHeadcount;

	protected Station() {
	}

	public Station(StationProfile profile) {
		apply(profile);
	}

	void apply(StationProfile profile) {
		this.code = profile.code();
		this.name = profile.name();
		this.bureau = profile.bureau();
		this.address = profile.address();
		this.areaKm2 = profile.areaKm2();
		this.residentialCompounds = profile.residentialCompounds();
		this.actualPopulation = profile.actualPopulation();
		this.registeredPopulation = profile.registeredPopulation();
		this.floatingPopulation = profile.floatingPopulation();
		this.schools = profile.schools();
		this.urbanVillages = profile.urbanVillages();
		this.officerHeadcount = profile.officerHeadcount();
	}

	public StationProfile profile() {
		return new StationProfile(this.code, this.name, this.bureau, this.address, this.areaKm2,
				this.residentialCompounds, this.actualPopulation, this.registeredPopulation, this.floatingPopulation,
				this.schools, this.urbanVillages, this.officerHeadcount);
	}

	/**
	 * 万人警力比: officers per 10,000 actual residents, one decimal.
	 * @return the ratio, or {@literal null} when the station has no residents on record.
	 */
	public @Nullable BigDecimal policePer10k() {
		if (this.actualPopulation <= 0) {
			return null;
		}
		return BigDecimal.valueOf(this.officerHeadcount * 10_000L)
			.divide(BigDecimal.valueOf(this.actualPopulation), 1, RoundingMode.HALF_UP);
	}

	/**
	 * @return residents per square kilometre, or {@literal null} without an area.
	 */
	public @Nullable Integer populationDensity() {
		if (this.areaKm2.signum() <= 0) {
			return null;
		}
		return BigDecimal.valueOf(this.actualPopulation).divide(this.areaKm2, 0, RoundingMode.HALF_UP).intValue();
	}

	public String getCode() {
		return this.code;
	}

	public String getName() {
		return this.name;
	}

	public String getBureau() {
		return this.bureau;
	}

	public String getAddress() {
		return this.address;
	}

	public BigDecimal getAreaKm2() {
		return this.areaKm2;
	}

	public int getResidentialCompounds() {
		return this.residentialCompounds;
	}

	public int getActualPopulation() {
		return this.actualPopulation;
	}

	public int getRegisteredPopulation() {
		return this.registeredPopulation;
	}

	public int getFloatingPopulation() {
		return this.floatingPopulation;
	}

	public int getSchools() {
		return this.schools;
	}

	public int getUrbanVillages() {
		return this.urbanVillages;
	}

	public int getOfficerHeadcount() {
		return this.officerHeadcount;
	}

}
