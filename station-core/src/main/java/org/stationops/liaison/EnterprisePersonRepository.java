package org.stationops.liaison;

import java.util.List;
import java.util.Optional;

/**
 * Port for further key personnel.
 */
public interface EnterprisePersonRepository {

	EnterprisePerson save(EnterprisePerson person);

	Optional<EnterprisePerson> findById(Long id);

	List<EnterprisePerson> findByEnterpriseIdOrderById(Long enterpriseId);

	void delete(EnterprisePerson person);

}
