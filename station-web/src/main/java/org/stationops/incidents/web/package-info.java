/**
 * Incident pages (intake, list and search, detail, receipt, dispatch board, handling
 * guides, CSV import), the public tracking page, the 110 import API, the dashboard panel
 * and the incident demo data.
 */
@org.jspecify.annotations.NullMarked
package org.stationops.incidents.web;
