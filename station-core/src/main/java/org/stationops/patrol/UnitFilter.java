package org.stationops.patrol;

import org.jspecify.annotations.Nullable;

/**
 * The unit list's filter; every part optional.
 */
public record UnitFilter(@Nullable Long stationId, @Nullable UnitKind kind, @Nullable UnitStatus status, String text) {

}
