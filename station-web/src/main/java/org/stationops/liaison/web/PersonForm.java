package org.stationops.liaison.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.stationops.shared.validation.PhoneNumber;
import org.stationops.shared.validation.ResidentId;

record PersonForm(@NotBlank @Size(max = 50) @Nullable String role, @NotBlank @Size(max = 50) @Nullable String name,
		@ResidentId @Nullable String idNumber, @PhoneNumber @Nullable String phone) {

	static PersonForm empty() {
		return new PersonForm("", "", "", "");
	}

}
