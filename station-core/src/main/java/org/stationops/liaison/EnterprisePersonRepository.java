package org.stationops.liaison;

import java.util.List;
import java.util.Optional;

import org.stationops.shared.ScopedRepository;

/**
 * Port for further key personnel.
 */
public interface EnterprisePersonRepository extends ScopedRepository<EnterprisePerson> {

	EnterprisePerson save(EnterprisePerson person);

	Optional<EnterprisePerson> findById(Long id);

	List<EnterprisePerson> findByEnterpriseIdOrderById(Long enterpriseId);

	void delete(EnterprisePerson person);

}
