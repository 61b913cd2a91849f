/**
 * Service station pages: the registry, compounds, coverage, the officer's day list of
 * appointments, and the public booking page {@code /book}.
 */
@org.jspecify.annotations.NullMarked
package org.stationops.servicestations.web;
