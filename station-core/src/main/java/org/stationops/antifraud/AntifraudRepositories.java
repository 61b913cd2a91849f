package org.stationops.antifraud;

import java.util.Optional;

import org.stationops.shared.ScopedRepository;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * Ports for warnings and sessions; station-persistence supplies them.
 */
public final class AntifraudRepositories {

	private AntifraudRepositories() {
	}

	public interface Warnings extends ScopedRepository<FraudWarning> {

		FraudWarning save(FraudWarning warning);

		Optional<FraudWarning> findById(Long id);

		Page<FraudWarning> findByStationIdOrderByWarnedAtDesc(Long stationId, Pageable pageable);

		Page<FraudWarning> findAllByOrderByWarnedAtDesc(Pageable pageable);

	}

	public interface Sessions {

		PublicitySession save(PublicitySession session);

		Page<PublicitySession> findByStationIdOrderByHeldOnDesc(Long stationId, Pageable pageable);

		Page<PublicitySession> findAllByOrderByHeldOnDesc(Pageable pageable);

	}

}
