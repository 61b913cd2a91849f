package org.stationops.youth;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.stationops.shared.Masking;

/**
 * A member of a group: the officer, a teacher, a social worker, the guardian or a
 * volunteer.
 */
@Embeddable
public class GroupMember {

	@Enumerated(EnumType.STRING)
	private MemberRole role = MemberRole.VOLUNTEER;

	private String name = "";

	private String phone = "";

	private String organisation = "";

	protected GroupMember() {
	}

	GroupMember(MemberRole role, String name, String phone, String organisation) {
		this.role = role;
		this.name = name;
		this.phone = phone;
		this.organisation = organisation;
	}

	public MemberRole getRole() {
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

	public String getOrganisation() {
		return this.organisation;
	}

}
