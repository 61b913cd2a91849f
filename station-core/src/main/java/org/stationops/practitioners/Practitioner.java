package org.stationops.practitioners;

import java.util.Locale;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.stationops.shared.AbstractEntity;
import org.stationops.shared.Masking;
import org.stationops.shared.ResidentIdNumbers;
import org.stationops.shared.RuleViolationException;
import org.stationops.shared.StationScoped;

/**
 * A person working in a screened trade for an enterprise of the station's register.
 */
@Entity
@Table(name = "practitioners")
public class Practitioner extends AbstractEntity implements StationScoped {

	private Long stationId = 0L;

	private Long enterpriseId = 0L;

	private String name = "";

	private String idNumber = "";

	private String phone = "";

	@Enumerated(EnumType.STRING)
	private Trade trade = Trade.COURIER;

	protected Practitioner() {
	}

	Practitioner(Long stationId, Long enterpriseId, String name, String idNumber, String phone, Trade trade) {
		String id = idNumber.trim().toUpperCase(Locale.ROOT);
		if (!ResidentIdNumbers.isValid(id)) {
			throw RuleViolationException.onField("idNumber", "practitioners.idNumber.invalid");
		}
		if (name.isBlank()) {
			throw RuleViolationException.onField("name", "practitioners.name.required");
		}
		this.stationId = stationId;
		this.enterpriseId = enterpriseId;
		this.name = name;
		this.idNumber = id;
		this.phone = phone;
		this.trade = trade;
	}

	public Long getStationId() {
		return this.stationId;
	}

	public Long getEnterpriseId() {
		return this.enterpriseId;
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

	public String getMaskedPhone() {
		return Masking.phone(this.phone);
	}

	public Trade getTrade() {
		return this.trade;
	}

}
