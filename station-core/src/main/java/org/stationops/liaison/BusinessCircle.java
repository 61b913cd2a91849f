package org.stationops.liaison;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.stationops.shared.AbstractEntity;

/**
 * A business circle (商圈) of a station: the unit screening campaigns report coverage by.
 */
@Entity
@Table(name = "business_circles")
public class BusinessCircle extends AbstractEntity {

	private Long stationId = 0L;

	private String name = "";

	protected BusinessCircle() {
	}

	public BusinessCircle(Long stationId, String name) {
		this.stationId = stationId;
		this.name = name;
	}

	void rename(String name) {
		this.name = name;
	}

	public Long getStationId() {
		return this.stationId;
	}

	public String getName() {
		return this.name;
	}

}
