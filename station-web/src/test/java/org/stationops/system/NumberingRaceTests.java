package org.stationops.system;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.stationops.mediation.Dispute;
import org.stationops.mediation.DisputeDetails;
import org.stationops.mediation.DisputeKind;
import org.stationops.mediation.DisputeService;
import org.stationops.mediation.DisputeSource;
import org.stationops.mediation.RiskGrade;
import org.stationops.officers.OfficerService;
import org.stationops.shared.Scope;
import org.stationops.stations.StationService;
import org.stationops.support.StationWebTest;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Numbers are drawn from locked counters: parallel registrations never collide.
 */
@StationWebTest
class NumberingRaceTests {

	@Autowired
	DisputeService disputes;

	@Autowired
	StationService stations;

	@Autowired
	OfficerService officers;

	@Test
	void givesParallelDisputeRegistrationsDistinctFileNumbers() throws Exception {
		Long station = this.stations.getByCode("ML").getId();
		Long officer = this.officers.findByUsername("ml.officer").orElseThrow().getId();
		int parallel = 10;
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(parallel);
		try {
			List<Future<Dispute>> results = new ArrayList<>();
			for (int i = 0; i < parallel; i++) {
				int n = i;
				Callable<Dispute> registration = () -> {
					start.await();
					return this.disputes.register(Scope.station(station), station,
							new DisputeDetails(DisputeKind.PEOPLE, DisputeSource.WALK_IN, "NEIGHBOUR", "并发登记测试 " + n,
									"", "", null, 2, RiskGrade.BLUE, false, "", null, null, null, null,
									LocalDate.now().minusDays(1)),
							List.of(), officer);
				};
				results.add(pool.submit(registration));
			}
			start.countDown();
			Set<String> numbers = new HashSet<>();
			for (Future<Dispute> result : results) {
				numbers.add(result.get().getFileNumber());
			}
			assertThat(numbers).hasSize(parallel);
		}
		finally {
			pool.shutdownNow();
		}
	}

}
