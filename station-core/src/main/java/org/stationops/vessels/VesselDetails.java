package org.stationops.vessels;

import org.jspecify.annotations.Nullable;

/**
 * What an officer enters about a vessel.
 */
public record VesselDetails(String name, String registrationNumber, VesselKind kind, String homePort,
		Long ownerEnterpriseId, @Nullable Long liaisonOfficerId) {

}
