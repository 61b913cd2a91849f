package org.stationops.incidents.web;

import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.stationops.incidents.IncidentDetails;
import org.stationops.incidents.IncidentService;
import org.stationops.incidents.IncidentSource;
import org.stationops.shared.RuleViolationException;
import org.stationops.shared.web.OfficerPrincipal;
import org.stationops.support.StationWebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 110 system may resend a reference while the first send is still being saved.
 */
@StationWebTest
class ConcurrentImportTests {

	@Autowired
	IncidentService incidents;

	@Autowired
	UserDetailsService users;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void refusesTheSameExternalReferenceSentTwiceAtOnceAsADuplicate() throws Exception {
		OfficerPrincipal me = (OfficerPrincipal) this.users.loadUserByUsername("ml.duty");
		String ref = "110-RACE-" + UUID.randomUUID();
		IncidentDetails details = new IncidentDetails(Instant.now().minusSeconds(600), IncidentSource.EMERGENCY_110,
				"CRIMINAL.THEFT", "梅陇路 1 号", null, null, null, "并发报警人", "13912345678", "", "并发导入：店内手机被盗");
		CountDownLatch firstSaved = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			Future<?> first = pool.submit(() -> new TransactionTemplate(this.transactions).executeWithoutResult((s) -> {
				this.incidents.register(me.scope(), me.stationId(), details, null, ref, "ml.duty");
				firstSaved.countDown();
				try {
					release.await(20, TimeUnit.SECONDS);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			}));
			assertThat(firstSaved.await(20, TimeUnit.SECONDS)).isTrue();
			Future<Throwable> second = pool.submit(() -> {
				try {
					this.incidents.register(me.scope(), me.stationId(), details, null, ref, "ml.duty");
					return null;
				}
				catch (RuntimeException ex) {
					return ex;
				}
			});
			Thread.sleep(1000);
			release.countDown();
			first.get(20, TimeUnit.SECONDS);
			assertThat(second.get(20, TimeUnit.SECONDS)).isInstanceOf(RuleViolationException.class)
				.extracting((ex) -> ((RuleViolationException) ex).getCode())
				.isEqualTo("incidents.externalRef.duplicate");
		}
		finally {
			pool.shutdownNow();
		}
	}

}
