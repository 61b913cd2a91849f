package org.stationops.liaison;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.stationops.shared.ScopedRepository;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * Port for fast-channel tickets; the ledger figures are one aggregate query.
 */
public interface FastChannelTicketRepository extends ScopedRepository<FastChannelTicket> {

	FastChannelTicket save(FastChannelTicket ticket);

	Optional<FastChannelTicket> findById(Long id);

	Page<FastChannelTicket> list(@Nullable Long stationId, @Nullable TicketStatus status, Pageable pageable);

	List<FastChannelTicket> findByEnterpriseIdOrderByReportedAtDesc(Long enterpriseId);

	long countByStationIdAndStatusNot(Long stationId, TicketStatus status);

	List<FastChannelTicket> findTop8ByStationIdAndOfficerIdAndStatusInOrderByResolutionDueAsc(Long stationId,
			Long officerId, Collection<TicketStatus> statuses);

	/**
	 * @return metrics {@code total, resolved, onTheSpot, onTime} per officer (officer id
	 * {@literal null} for unassigned) for tickets reported in [from, to).
	 */
	List<LiaisonFigure> ledger(@Nullable Long stationId, Instant from, Instant to);

}
