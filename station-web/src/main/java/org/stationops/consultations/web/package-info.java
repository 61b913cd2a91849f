/**
 * Consultation pages: the log with its filters, the intake form, a consultation with its
 * answer and the one-step incident, and the monthly counts.
 */
@org.jspecify.annotations.NullMarked
package org.stationops.consultations.web;
