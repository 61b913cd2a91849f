package org.stationops.liaison;

import java.util.List;

/**
 * Port for the change history of enterprise files.
 */
public interface EnterpriseChangeRepository {

	EnterpriseChange save(EnterpriseChange change);

	<S extends EnterpriseChange> List<S> saveAll(Iterable<S> changes);

	List<EnterpriseChange> findByEnterpriseIdOrderByChangedAtDescIdDesc(Long enterpriseId);

}
