package org.stationops.mediation;

import java.util.List;

/**
 * Port for the 治安调解 rules held as data.
 */
public interface PoliceMediationRuleRepository {

	List<PoliceMediationRule> findAllByOrderByKindAscSortOrderAsc();

}
