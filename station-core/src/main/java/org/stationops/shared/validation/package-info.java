/**
 * Bean Validation constraints for Chinese identifiers, for use on forms and API payloads.
 * Blank values are valid: pair with {@code @NotBlank} where a value is required.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.NamedInterface("validation")
package org.stationops.shared.validation;
