/**
 * Youth assistance groups (青少年帮扶小组): a minor in difficulty, referred from an incident, a
 * case, a school or a community, gets a group (officer, teacher, social worker, guardian,
 * volunteers), a plan, weekly meetings with minutes, visits with their outcome and a
 * review date; the file closes with a reason. Minors' data is the most protected in the
 * platform: only the group's officer and the station's supervisors read a file in full
 * ({@link org.stationops.youth.YouthReader}), every full view is audited, lists mask the
 * minor's name.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "shared", "shared :: validation", "shared :: web", "stations", "officers", "audit" })
package org.stationops.youth;
