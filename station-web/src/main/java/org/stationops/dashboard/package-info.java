/**
 * The station's one screen (一屏调度): what a signed-in officer sees first. It reads the
 * other features' public services and owns no data.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared :: web", "stations" })
package org.stationops.dashboard;
