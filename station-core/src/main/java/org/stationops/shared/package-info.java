/**
 * Shared kernel: the base of every feature. Station scoping
 * ({@link org.stationops.shared.Scope}), the not-found and rule-violation exceptions the
 * web layer maps to 404 and form errors, the identifier validators of Chinese national
 * standards (GB 11643 resident ID, GB 32100 unified social credit code, phone numbers)
 * and masking of personal data in lists.
 */
@org.jspecify.annotations.NullMarked
package org.stationops.shared;
