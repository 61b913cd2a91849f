/**
 * Stations (派出所) with their jurisdiction profile, and the areas (社区 / 警务责任区) inside them.
 * Every operational record of the other features belongs to exactly one station.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "shared :: web" })
package org.stationops.stations;
