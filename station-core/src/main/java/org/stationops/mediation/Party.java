package org.stationops.mediation;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.stationops.shared.AbstractEntity;
import org.stationops.shared.Masking;

/**
 * A party to a dispute: a person (name, phone, resident ID number) or an enterprise
 * (name, unified social credit code), with their role.
 */
@Entity
@Table(name = "dispute_parties")
public class Party extends AbstractEntity {

	private Long stationId = 0L;

	private Long disputeId = 0L;

	@Enumerated(EnumType.STRING)
	private PartyType partyType = PartyType.PERSON;

	@Enumerated(EnumType.STRING)
	private PartyRole role = PartyRole.APPLICANT;

	private String name = "";

	private String phone = "";

	private String idNumber = "";

	private String creditCode = "";

	private String address = "";

	protected Party() {
	}

	Party(Dispute dispute, PartyDetails details) {
		this.stationId = dispute.getStationId();
		this.disputeId = dispute.getId();
		this.partyType = details.partyType();
		this.role = details.role();
		this.name = details.name();
		this.phone = details.phone();
		this.idNumber = details.partyType() == PartyType.PERSON ? details.idNumber() : "";
		this.creditCode = details.partyType() == PartyType.ENTERPRISE ? details.creditCode() : "";
		this.address = details.address();
	}

	public Long getStationId() {
		return this.stationId;
	}

	public Long getDisputeId() {
		return this.disputeId;
	}

	public PartyType getPartyType() {
		return this.partyType;
	}

	public PartyRole getRole() {
		return this.role;
	}

	public String getName() {
		return this.name;
	}

	public String getPhone() {
		return this.phone;
	}

	public String getMaskedPhone() {
		return Masking.phone(this.phone);
	}

	public String getIdNumber() {
		return this.idNumber;
	}

	public String getMaskedIdNumber() {
		return Masking.idNumber(this.idNumber);
	}

	public String getCreditCode() {
		return this.creditCode;
	}

	public String getAddress() {
		return this.address;
	}

}
