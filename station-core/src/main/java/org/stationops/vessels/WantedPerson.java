package org.stationops.vessels;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.stationops.shared.AbstractEntity;
import org.stationops.shared.Masking;
import org.stationops.shared.StationScoped;

/**
 * An entry of the wanted list the station keeps (imported from a file): a returning
 * vessel's crew is checked against it.
 */
@Entity
@Table(name = "wanted_persons")
public class WantedPerson extends AbstractEntity implements StationScoped {

	private Long stationId = 0L;

	private String idNumber = "";

	private String name = "";

	private String reason = "";

	private String source = "";

	private Instant listedAt = Instant.EPOCH;

	private String listedBy = "";

	protected WantedPerson() {
	}

	WantedPerson(Long stationId, String idNumber, String name, String reason, String source, Instant listedAt,
			String listedBy) {
		this.stationId = stationId;
		this.idNumber = idNumber;
		relist(name, reason, source, listedAt, listedBy);
	}

	/**
	 * A later import of the same person refreshes name, reason and source.
	 */
	void relist(String name, String reason, String source, Instant listedAt, String listedBy) {
		this.name = name;
		this.reason = reason;
		this.source = source;
		this.listedAt = listedAt;
		this.listedBy = listedBy;
	}

	public Long getStationId() {
		return this.stationId;
	}

	public String getIdNumber() {
		return this.idNumber;
	}

	public String getMaskedIdNumber() {
		return Masking.idNumber(this.idNumber);
	}

	public String getName() {
		return this.name;
	}

	public String getReason() {
		return this.reason;
	}

	public String getSource() {
		return this.source;
	}

	public Instant getListedAt() {
		return this.listedAt;
	}

	public String getListedBy() {
		return this.listedBy;
	}

}
