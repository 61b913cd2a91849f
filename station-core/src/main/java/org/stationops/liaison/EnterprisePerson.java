package org.stationops.liaison;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.stationops.shared.AbstractEntity;
import org.stationops.shared.Masking;
import org.stationops.shared.StationScoped;

/**
 * A further key person of an enterprise (e.g. security or finance officer), registered
 * when the company moves in.
 */
@Entity
@Table(name = "enterprise_people")
public class EnterprisePerson extends AbstractEntity implements StationScoped {

	private Long stationId = 0L;

	private Long enterpriseId = 0L;

	private String role = "";

	private String name = "";

	private String idNumber = "";

	private String phone = "";

	protected EnterprisePerson() {
	}

	EnterprisePerson(Long stationId, Long enterpriseId, String role, String name, String idNumber, String phone) {
		this.stationId = stationId;
		this.enterpriseId = enterpriseId;
		this.role = role;
		this.name = name;
		this.idNumber = idNumber;
		this.phone = phone;
	}

	String summary() {
		return this.role + " " + this.name + " " + Masking.idNumber(this.idNumber) + " " + Masking.phone(this.phone);
	}

	public Long getStationId() {
		return this.stationId;
	}

	public Long getEnterpriseId() {
		return this.enterpriseId;
	}

	public String getRole() {
		return this.role;
	}

	public String getName() {
		return this.name;
	}

	public String getIdNumber() {
		return this.idNumber;
	}

	public String getMaskedIdNumber() {
		return Masking.idNumber(this.idNumber);
	}

	public String getPhone() {
		return this.phone;
	}

	public String getMaskedPhone() {
		return Masking.phone(this.phone);
	}

}
