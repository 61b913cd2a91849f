package org.stationops.liaison;

import java.util.List;
import java.util.Optional;

/**
 * Port for the cadence defaults per enterprise kind.
 */
public interface KindCadenceRepository {

	Optional<KindCadence> findById(EnterpriseKind kind);

	List<KindCadence> findAll();

}
