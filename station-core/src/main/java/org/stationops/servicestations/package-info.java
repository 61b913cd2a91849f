/**
 * Service stations (服务站): the registry of security service stations (治安防控服务站), street
 * workstations (街面工作站), mobile police rooms (移动警务室) and police rooms (警务室) with their
 * hosts, hours, guards and equipment; the residential compounds (小区) they serve; the
 * walking-distance coverage (步行 8 分钟安全服务圈) computed on the sphere; the resident officers'
 * office hours (驻站办公) with public appointments; the service log (服务日志), whose alarms open
 * incidents; and the cameras (天网/雪亮) with their faults. Not to be confused with
 * {@code stations}, the police station (派出所) itself.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "shared :: validation",
		"shared :: web", "shared :: persistence", "stations", "officers", "audit", "liaison", "incidents" })
package org.stationops.servicestations;
