/**
 * Vessel pages: the station's vessels, a vessel with its status history, crew, tasks,
 * joint checks and crew outreach; a crew member's audited full view; the wanted list and
 * its CSV import; the officer's open vessel tasks on the dashboard.
 */
@org.jspecify.annotations.NullMarked
package org.stationops.vessels.web;
