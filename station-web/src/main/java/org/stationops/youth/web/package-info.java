/**
 * Youth assistance group pages: the officer's (or supervisor's) list with masked names,
 * the referral form, and the minor's file with members, plan, meetings, visits, review
 * and closure.
 */
@org.jspecify.annotations.NullMarked
package org.stationops.youth.web;
