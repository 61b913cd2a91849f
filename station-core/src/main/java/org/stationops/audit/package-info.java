/**
 * The audit trail of personal-data access: every full view of an ID number or phone, and
 * every export, is recorded with who, when, and what.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "shared :: web" })
package org.stationops.audit;
