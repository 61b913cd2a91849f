package org.stationops.mediation;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.stationops.shared.AbstractEntity;
import org.stationops.shared.Masking;

/**
 * An outside mediator without an account: a people's mediator (人民调解员), social worker,
 * lawyer or community worker the station calls in.
 */
@Entity
@Table(name = "mediation_contacts")
public class MediationContact extends AbstractEntity {

	private Long stationId = 0L;

	private String name = "";

	@Enumerated(EnumType.STRING)
	private ContactKind kind = ContactKind.PEOPLES_MEDIATOR;

	private String organisation = "";

	private String phone = "";

	private boolean active = true;

	protected MediationContact() {
	}

	public MediationContact(Long stationId, String name, ContactKind kind, String organisation, String phone) {
		this.stationId = stationId;
		this.name = name;
		this.kind = kind;
		this.organisation = organisation;
		this.phone = phone;
	}

	public Long getStationId() {
		return this.stationId;
	}

	public String getName() {
		return this.name;
	}

	public ContactKind getKind() {
		return this.kind;
	}

	public String getOrganisation() {
		return this.organisation;
	}

	public String getPhone() {
		return this.phone;
	}

	public String getMaskedPhone() {
		return Masking.phone(this.phone);
	}

	public boolean isActive() {
		return this.active;
	}

}
