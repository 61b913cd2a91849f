package org.stationops.liaison;

import java.time.LocalDate;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * What an officer logs about a visit or contact.
 */
public record VisitRecord(VisitMode mode, LocalDate visitedOn, Set<VisitPurpose> purposes, String peopleMet,
		String findings, String hazard, String followUpTask, @Nullable LocalDate followUpDue) {
}
