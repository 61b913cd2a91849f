package org.stationops.officers.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

record PasswordForm(@NotBlank @Size(min = 10, max = 100) @Nullable String password) {
}
