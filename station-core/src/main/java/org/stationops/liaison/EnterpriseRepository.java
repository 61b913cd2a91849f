package org.stationops.liaison;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.stationops.shared.ScopedRepository;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * Port for enterprise files; the search and the credit-code lookup are queries in the
 * persistence adapter.
 */
public interface EnterpriseRepository extends ScopedRepository<Enterprise> {

	Enterprise save(Enterprise enterprise);

	<S extends Enterprise> List<S> saveAll(Iterable<S> enterprises);

	Optional<Enterprise> findById(Long id);

	List<Enterprise> findByIdIn(Collection<Long> ids);

	/**
	 * @param stationId {@literal null} for all stations.
	 * @param text matched against name and credit code; empty matches all.
	 * @param dueBefore only files due before this date ({@link LocalDate#MAX}-like far
	 * future for all).
	 */
	Page<Enterprise> search(@Nullable Long stationId, String text, @Nullable EnterpriseKind kind,
			@Nullable Long circleId, LocalDate dueBefore, Pageable pageable);

	List<String> creditCodesAt(Long stationId);

	boolean existsByStationIdAndCreditCode(Long stationId, String creditCode);

	boolean existsByStationIdAndCreditCodeAndIdNot(Long stationId, String creditCode, Long id);

	List<Enterprise> findByStationIdAndLiaisonOfficerIdOrderByNextDueOnAscNameAsc(Long stationId, Long officerId);

	List<Enterprise> findTop8ByStationIdAndLiaisonOfficerIdAndNextDueOnBeforeOrderByNextDueOnAscNameAsc(Long stationId,
			Long officerId, LocalDate before);

	List<Enterprise> findByAllianceIdOrderByName(Long allianceId);

	long countByStationIdAndNextDueOnBefore(Long stationId, LocalDate date);

	long countByNextDueOnBefore(LocalDate date);

	long countByLiaisonOfficerIdAndNextDueOnBefore(Long officerId, LocalDate date);

	long countByLiaisonOfficerIdAndNextDueOnBetween(Long officerId, LocalDate from, LocalDate to);

	long countByStationId(Long stationId);

}
