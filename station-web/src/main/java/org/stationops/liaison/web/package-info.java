/**
 * Liaison pages under {@code /liaison}: enterprise files, "my enterprises", visit logging
 * (phone-first), the fast channel, screening campaigns, registers, training and
 * alliances, bulk import and the liaison report.
 */
@org.jspecify.annotations.NullMarked
package org.stationops.liaison.web;
