package org.stationops.cases.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.stationops.cases.CaseActor;
import org.stationops.cases.CaseDetails;
import org.stationops.cases.CaseFile;
import org.stationops.cases.CaseKind;
import org.stationops.cases.CaseReviewService;
import org.stationops.cases.CaseService;
import org.stationops.cases.Decision;
import org.stationops.shared.RuleViolationException;
import org.stationops.cases.FilingTrack;
import org.stationops.shared.web.OfficerPrincipal;
import org.stationops.support.StationWebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two submissions that reach the server at the same moment: a double click, two tabs, or
 * two officers of one station opening cases.
 */
@StationWebTest
class ConcurrentCaseSubmissionTests {

	@Autowired
	CaseService cases;

	@Autowired
	CaseReviewService reviews;

	@Autowired
	UserDetailsService users;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void aDoubleClickArrivingAtOnceOpensOneCase() throws Exception {
		String key = UUID.randomUUID().toString();
		CaseFile[] both = openWhileAnotherIsUnsaved(key, key);
		assertThat(both[1].getId()).isEqualTo(both[0].getId());
	}

	@Test
	void twoCasesOpenedAtOnceGetDifferentNumbers() throws Exception {
		CaseFile[] both = openWhileAnotherIsUnsaved(UUID.randomUUID().toString(), UUID.randomUUID().toString());
		assertThat(both[1].getId()).isNotEqualTo(both[0].getId());
		assertThat(both[1].getCaseNumber()).isNotEqualTo(both[0].getCaseNumber());
	}

	@Test
	void aDecisionSubmittedTwiceAtOnceIsQueuedOnceAndTheSecondIsToldItIsPending() throws Exception {
		OfficerPrincipal me = (OfficerPrincipal) this.users.loadUserByUsername("ml.officer");
		CaseActor actor = new CaseActor(me.officerId(), me.displayName());
		CaseFile caseFile = this.cases.open(me.scope(), me.stationId(),
				new CaseDetails("并发报审测试-" + UUID.randomUUID(), CaseKind.ADMINISTRATIVE, null, "测试", me.officerId(), "",
						Instant.now().minus(1, ChronoUnit.HOURS), false, FilingTrack.STANDARD, BigDecimal.ZERO,
						BigDecimal.ZERO),
				actor, null, null);
		CountDownLatch firstSubmitted = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			Future<?> first = pool.submit(() -> new TransactionTemplate(this.transactions).executeWithoutResult((s) -> {
				this.reviews.submit(me.scope(), caseFile.getId(), Decision.FILING, "", "", actor);
				firstSubmitted.countDown();
				try {
					release.await(20, TimeUnit.SECONDS);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			}));
			assertThat(firstSubmitted.await(20, TimeUnit.SECONDS)).isTrue();
			Future<Throwable> second = pool.submit(() -> {
				try {
					this.reviews.submit(me.scope(), caseFile.getId(), Decision.FILING, "", "", actor);
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
				.isEqualTo("cases.review.alreadyPending");
		}
		finally {
			pool.shutdownNow();
		}
	}

	/**
	 * Opens the first case in a transaction that stays open until the second call has had
	 * time to reach the database.
	 */
	private CaseFile[] openWhileAnotherIsUnsaved(String firstKey, String secondKey) throws Exception {
		OfficerPrincipal me = (OfficerPrincipal) this.users.loadUserByUsername("ml.officer");
		CaseDetails details = new CaseDetails("并发立案测试-" + UUID.randomUUID(), CaseKind.ADMINISTRATIVE, null, "测试",
				me.officerId(), "", Instant.now().minus(1, ChronoUnit.HOURS), false, FilingTrack.STANDARD,
				BigDecimal.ZERO, BigDecimal.ZERO);
		CaseActor actor = new CaseActor(me.officerId(), me.displayName());
		CountDownLatch firstSaved = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			Future<CaseFile> first = pool.submit(() -> new TransactionTemplate(this.transactions).execute((s) -> {
				CaseFile opened = this.cases.open(me.scope(), me.stationId(), details, actor, null, firstKey);
				firstSaved.countDown();
				try {
					release.await(20, TimeUnit.SECONDS);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				return opened;
			}));
			assertThat(firstSaved.await(20, TimeUnit.SECONDS)).isTrue();
			Future<CaseFile> second = pool
				.submit(() -> this.cases.open(me.scope(), me.stationId(), details, actor, null, secondKey));
			Thread.sleep(1000);
			release.countDown();
			return new CaseFile[] { first.get(20, TimeUnit.SECONDS), second.get(20, TimeUnit.SECONDS) };
		}
		finally {
			pool.shutdownNow();
		}
	}

}
