package org.stationops.liaison;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;
import org.stationops.shared.AbstractEntity;

/**
 * A commercial building (商务楼宇) of a station, optionally inside a business circle.
 */
@Entity
@Table(name = "buildings")
public class Building extends AbstractEntity {

	private Long stationId = 0L;

	private String name = "";

	private String address = "";

	private @Nullable Long businessCircleId;

	protected Building() {
	}

	public Building(Long stationId, String name, String address, @Nullable Long businessCircleId) {
		this.stationId = stationId;
		update(name, address, businessCircleId);
	}

	void update(String name, String address, @Nullable Long businessCircleId) {
		this.name = name;
		this.address = address;
		this.businessCircleId = businessCircleId;
	}

	public Long getStationId() {
		return this.stationId;
	}

	public String getName() {
		return this.name;
	}

	public String getAddress() {
		return this.address;
	}

	public @Nullable Long getBusinessCircleId() {
		return this.businessCircleId;
	}

}
