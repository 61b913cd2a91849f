package org.stationops.mediation.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.stationops.mediation.PartyDetails;
import org.stationops.mediation.PartyRole;
import org.stationops.mediation.PartyType;
import org.stationops.shared.validation.CreditCode;
import org.stationops.shared.validation.PhoneNumber;
import org.stationops.shared.validation.ResidentId;

record PartyForm(@NotNull @Nullable PartyType partyType, @NotNull @Nullable PartyRole role,
		@NotBlank @Size(max = 100) @Nullable String name, @PhoneNumber @Nullable String phone,
		@ResidentId @Nullable String idNumber, @CreditCode @Nullable String creditCode,
		@Size(max = 200) @Nullable String address, @Nullable Long version) {

	static PartyForm empty() {
		return new PartyForm(PartyType.PERSON, PartyRole.APPLICANT, "", "", "", "", "", null);
	}

	PartyDetails details() {
		return new PartyDetails(this.partyType, this.role, this.name.trim(), DisputeForm.text(this.phone),
				DisputeForm.text(this.idNumber).toUpperCase(), DisputeForm.text(this.creditCode).toUpperCase(),
				DisputeForm.text(this.address));
	}

}
