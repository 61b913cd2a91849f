/**
 * Web plumbing every feature uses: the signed-in officer
 * ({@link org.stationops.shared.web.OfficerPrincipal}), turning rule violations into form
 * errors, and the hook for demo data.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.NamedInterface("web")
package org.stationops.shared.web;
