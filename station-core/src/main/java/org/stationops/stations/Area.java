package org.stationops.stations;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;
import org.stationops.shared.AbstractEntity;
import org.stationops.shared.StationScoped;

/**
 * A community (社区) or police responsibility area (警务责任区) inside a station, with its
 * responsible community officer.
 */
@Entity
@Table(name = "areas")
public class Area extends AbstractEntity implements StationScoped {

	private Long stationId = 0L;

	private String name = "";

	@Enumerated(EnumType.STRING)
	private AreaKind kind = AreaKind.COMMUNITY;

	private @Nullable Long responsibleOfficerId;

	protected Area() {
	}

	public Area(Long stationId, String name, AreaKind kind, @Nullable Long responsibleOfficerId) {
		this.stationId = stationId;
		update(name, kind, responsibleOfficerId);
	}

	void update(String name, AreaKind kind, @Nullable Long responsibleOfficerId) {
		this.name = name;
		this.kind = kind;
		this.responsibleOfficerId = responsibleOfficerId;
	}

	public Long getStationId() {
		return this.stationId;
	}

	public String getName() {
		return this.name;
	}

	public AreaKind getKind() {
		return this.kind;
	}

	public @Nullable Long getResponsibleOfficerId() {
		return this.responsibleOfficerId;
	}

}
