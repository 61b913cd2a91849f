package org.stationops.mediation.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.stationops.liaison.Enterprise;
import org.stationops.mediation.PartyDetails;
import org.stationops.mediation.PartyRole;
import org.stationops.mediation.PartyType;
import org.stationops.shared.validation.CreditCode;
import org.stationops.shared.validation.PhoneNumber;
import org.stationops.shared.validation.ResidentId;

record PartyForm(@NotNull @Nullable PartyType partyType, @NotNull @Nullable PartyRole role,
		@Size(max = 100) @Nullable String name, @PhoneNumber @Nullable String phone,
		@ResidentId @Nullable String idNumber, @CreditCode @Nullable String creditCode,
		@Size(max = 200) @Nullable String address, @Nullable Long enterpriseId, @Nullable Long version) {

	static PartyForm empty() {
		return new PartyForm(PartyType.PERSON, PartyRole.APPLICANT, "", "", "", "", "", null, null);
	}

	/**
	 * @return an enterprise party from the liaison register's file (一企一档).
	 */
	PartyDetails from(Enterprise enterprise) {
		return new PartyDetails(PartyType.ENTERPRISE, this.role, enterprise.getName(), enterprise.getLegalRepPhone(),
				"", (enterprise.getCreditCode() != null) ? enterprise.getCreditCode() : "", enterprise.getAddress());
	}

	PartyDetails details() {
		return new PartyDetails(this.partyType, this.role, DisputeForm.text(this.name), DisputeForm.text(this.phone),
				DisputeForm.text(this.idNumber).toUpperCase(), DisputeForm.text(this.creditCode).toUpperCase(),
				DisputeForm.text(this.address));
	}

}
