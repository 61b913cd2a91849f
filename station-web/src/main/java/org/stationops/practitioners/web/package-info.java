/**
 * Practitioner screening pages: the register of practitioners (masked), campaigns, and a
 * campaign with its progress per trade, checks, concerns and follow-up.
 */
@org.jspecify.annotations.NullMarked
package org.stationops.practitioners.web;
