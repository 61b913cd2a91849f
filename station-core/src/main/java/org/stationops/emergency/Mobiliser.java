package org.stationops.emergency;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.stationops.shared.Masking;

/**
 * One entry of a plan's mobilisation list, called in list order.
 */
@Embeddable
public class Mobiliser {

	@Enumerated(EnumType.STRING)
	private MobiliserKind kind = MobiliserKind.OTHER;

	private String name = "";

	private String contact = "";

	private String phone = "";

	private String task = "";

	protected Mobiliser() {
	}

	Mobiliser(MobiliserKind kind, String name, String contact, String phone, String task) {
		this.kind = kind;
		this.name = name;
		this.contact = contact;
		this.phone = phone;
		this.task = task;
	}

	public MobiliserKind getKind() {
		return this.kind;
	}

	public String getName() {
		return this.name;
	}

	public String getContact() {
		return this.contact;
	}

	public String getPhone() {
		return this.phone;
	}

	public String getMaskedPhone() {
		return Masking.phone(this.phone);
	}

	public String getTask() {
		return this.task;
	}

}
