/**
 * The analysis pages at {@code /reports}: the period analysis with its charts and
 * exports, and the stored daily briefs.
 */
@org.jspecify.annotations.NullMarked
package org.stationops.analysis.web;
