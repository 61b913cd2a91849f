package org.stationops.shared;

import java.util.Optional;

/**
 * The one scoped lookup every feature's repository port offers: a record of a station the
 * scope does not reach is not found, exactly like a record that does not exist. A feature
 * turns the empty result into its own {@link NotFoundException} (404).
 *
 * @param <T> the station-scoped entity.
 */
public interface ScopedRepository<T extends StationScoped> {

	Optional<T> findById(Long id);

	/**
	 * @return the record, if it exists and the scope reaches it.
	 */
	default Optional<T> findInScope(Long id, Scope scope) {
		return findById(id).filter(scope::reaches);
	}

}
