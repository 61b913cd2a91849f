package org.stationops.practitioners;

import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.stationops.shared.ScopedRepository;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * Port for practitioners.
 */
public interface PractitionerRepository extends ScopedRepository<Practitioner> {

	Practitioner saveAndFlush(Practitioner practitioner);

	boolean existsByStationIdAndIdNumber(Long stationId, String idNumber);

	List<Practitioner> findByIdIn(Collection<Long> ids);

	/**
	 * @param stationId {@literal null} for every station.
	 * @param trade {@literal null} for any.
	 */
	Page<Practitioner> list(@Nullable Long stationId, @Nullable Trade trade, Pageable pageable);

	/**
	 * @return the station's practitioners of the trades not yet checked in the campaign.
	 */
	Page<Practitioner> unchecked(Long stationId, Long campaignId, Collection<Trade> trades, Pageable pageable);

	/**
	 * @return per trade, how many practitioners the station has registered.
	 */
	List<TradeCount> countByTrade(Long stationId);

	/**
	 * A trade's number of registered practitioners.
	 */
	interface TradeCount {

		Trade getTrade();

		long getTotal();

	}

}
