/**
 * Pages of dispute mediation under /mediation: dispute files, sessions, agreements and
 * their PDFs, follow-ups, supervisor review, the report with charts and XLSX export, the
 * dashboard panel and the demo disputes.
 */
@org.jspecify.annotations.NullMarked
package org.stationops.mediation.web;
