package org.stationops.liaison;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;
import org.stationops.shared.AbstractEntity;
import org.stationops.shared.StationScoped;

/**
 * A venue or business-circle alliance (酒吧联盟, 商业圈联盟): member enterprises link to it; it
 * pools their security staff and records what it achieved.
 */
@Entity
@Table(name = "alliances")
public class Alliance extends AbstractEntity implements StationScoped {

	private Long stationId = 0L;

	private String name = "";

	private String kind = "";

	private @Nullable LocalDate establishedOn;

	private int securityStaff;

	private String membersNote = "";

	private String results = "";

	protected Alliance() {
	}

	public Alliance(Long stationId, String name, String kind, @Nullable LocalDate establishedOn, int securityStaff,
			String membersNote, String results) {
		this.stationId = stationId;
		update(name, kind, establishedOn, securityStaff, membersNote, results);
	}

	void update(String name, String kind, @Nullable LocalDate establishedOn, int securityStaff, String membersNote,
			String results) {
		this.name = name;
		this.kind = kind;
		this.establishedOn = establishedOn;
		this.securityStaff = securityStaff;
		this.membersNote = membersNote;
		this.results = results;
	}

	public Long getStationId() {
		return this.stationId;
	}

	public String getName() {
		return this.name;
	}

	public String getKind() {
		return this.kind;
	}

	public @Nullable LocalDate getEstablishedOn() {
		return this.establishedOn;
	}

	public int getSecurityStaff() {
		return this.securityStaff;
	}

	public String getMembersNote() {
		return this.membersNote;
	}

	public String getResults() {
		return this.results;
	}

}
