package org.stationops.cases;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.stationops.shared.RuleViolationException;
import org.stationops.shared.Scope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The supervisor review queue (法制审核) and the supervision figures: decisions (filing, not
 * filing, extension, punishment, transfer for prosecution, closure, withdrawal) wait here
 * until a supervisor of the case's station approves them or returns them with a reason.
 */
@Service
@Transactional(readOnly = true)
public class CaseReviewService {

	private final CaseSupport support;

	private final CaseService cases;

	private final CaseQueries queries;

	private final CaseRecordRepository.Reviews reviews;

	private final CaseRecordRepository.ReturnReasons reasons;

	CaseReviewService(CaseSupport support, CaseService cases, CaseQueries queries, CaseRecordRepository.Reviews reviews,
			CaseRecordRepository.ReturnReasons reasons) {
		this.support = support;
		this.cases = cases;
		this.queries = queries;
		this.reviews = reviews;
		this.reasons = reasons;
	}

	/**
	 * Submits a decision for review. Refused when the case cannot take that step now,
	 * when another decision is pending, or (for an extension) when the approval of the
	 * level above is not recorded or two extensions were already granted.
	 * @param approvalReference for {@link Decision#EXTENSION}: the approval document of
	 * the level above (上一级公安机关批准); ignored otherwise.
	 */
	@Transactional
	public CaseReview submit(Scope scope, Long caseId, Decision decision, String note, String approvalReference,
			CaseActor actor) {
		this.queries.lockCaseReview(caseId);
		CaseFile caseFile = this.support.get(scope, caseId);
		if (caseFile.isReviewPending()) {
			throw new RuleViolationException("cases.review.alreadyPending");
		}
		checkPossible(caseFile, decision, approvalReference);
		int attempt = (int) this.reviews.countByCaseIdAndDecision(caseId, decision) + 1;
		CaseReview review = this.reviews.save(new CaseReview(caseFile, decision, actor.officerId(), this.support.now(),
				note, (decision == Decision.EXTENSION) ? approvalReference.trim() : "", attempt));
		caseFile.markReviewPending(true);
		this.support.cases.save(caseFile);
		this.support.log(caseFile, actor, EventType.DECISION_SUBMITTED, decision.name(), null);
		return review;
	}

	private void checkPossible(CaseFile caseFile, Decision decision, String approvalReference) {
		if (decision == Decision.EXTENSION) {
			if (caseFile.getKind() != CaseKind.ADMINISTRATIVE || caseFile.getClockStartedOn() == null
					|| caseFile.getStage().isTerminal()) {
				throw new RuleViolationException("cases.error.noClock");
			}
			if (this.support.extensionCount(caseFile) >= DeadlineEngine.MAX_EXTENSIONS) {
				throw new RuleViolationException("cases.extension.tooMany", DeadlineEngine.MAX_EXTENSIONS);
			}
			if (approvalReference.isBlank()) {
				throw RuleViolationException.onField("approvalReference", "cases.extension.approvalRequired");
			}
			return;
		}
		CaseService.checkTransition(caseFile, decision.target());
	}

	/**
	 * Approves a pending decision: the case takes the step (or the extension is
	 * recorded). A supervisor cannot approve their own submission.
	 */
	@Transactional
	public CaseReview approve(Scope scope, Long reviewId, CaseActor supervisor, @Nullable String publicNote) {
		CaseReview review = pending(scope, reviewId, supervisor);
		CaseFile caseFile = this.support.get(scope, review.getCaseId());
		Instant now = this.support.now();
		review.approve(supervisor.officerId(), now);
		caseFile.markReviewPending(false);
		this.support.log(caseFile, supervisor, EventType.DECISION_APPROVED, review.getDecision().name(), null);
		if (review.getDecision() == Decision.EXTENSION) {
			if (this.support.extensionCount(caseFile) >= DeadlineEngine.MAX_EXTENSIONS) {
				throw new RuleViolationException("cases.extension.tooMany", DeadlineEngine.MAX_EXTENSIONS);
			}
			this.support.extensions
				.save(new CaseExtension(caseFile, DeadlineEngine.EXTENSION_DAYS, review.getApprovalReference(), now));
			this.support.log(caseFile, supervisor, EventType.EXTENDED, review.getApprovalReference(), null);
		}
		else {
			this.cases.move(caseFile, review.getDecision().target(), supervisor,
					(publicNote == null || publicNote.isBlank()) ? null : publicNote.trim());
		}
		this.support.recompute(caseFile);
		return this.reviews.save(review);
	}

	/**
	 * Returns a pending decision to the officer with a reason code and a comment.
	 */
	@Transactional
	public CaseReview giveBack(Scope scope, Long reviewId, String reasonCode, String comment, CaseActor supervisor) {
		if (!this.reasons.existsByCode(reasonCode)) {
			throw RuleViolationException.onField("reasonCode", "cases.review.reasonUnknown");
		}
		CaseReview review = pending(scope, reviewId, supervisor);
		CaseFile caseFile = this.support.get(scope, review.getCaseId());
		review.giveBack(supervisor.officerId(), this.support.now(), reasonCode, comment);
		caseFile.markReviewPending(false);
		this.support.cases.save(caseFile);
		this.support.log(caseFile, supervisor, EventType.DECISION_RETURNED,
				review.getDecision() + ":" + reasonCode + ":" + comment, null);
		return this.reviews.save(review);
	}

	private CaseReview pending(Scope scope, Long reviewId, CaseActor supervisor) {
		if (scope.isBureau()) {
			throw new RuleViolationException("cases.review.stationOnly");
		}
		CaseReview review = review(scope, reviewId);
		if (review.getStatus() != ReviewStatus.PENDING) {
			throw new RuleViolationException("cases.review.notPending");
		}
		if (review.getSubmittedBy().equals(supervisor.officerId())) {
			throw new RuleViolationException("cases.review.ownSubmission");
		}
		return review;
	}

	public CaseReview review(Scope scope, Long reviewId) {
		return this.reviews.findById(reviewId)
			.filter(r -> scope.allows(r.getStationId()))
			.orElseThrow(() -> CaseNotFoundException.forId(reviewId));
	}

	public List<CaseReview> ofCase(Scope scope, Long caseId) {
		this.support.get(scope, caseId);
		return this.reviews.findByCaseIdOrderBySubmittedAtDesc(caseId);
	}

	public List<CaseReview> queue(Scope scope) {
		return this.queries.reviews(scope.stationId(), ReviewStatus.PENDING, 200);
	}

	public List<CaseReview> returnedTo(Long officerId) {
		return this.queries.returnedTo(officerId, 50);
	}

	public List<ReturnReason> reasons() {
		return this.reasons.findAllByOrderById();
	}

	/**
	 * @return open cases whose deadline has passed or falls within
	 * {@link DeadlineEngine#DUE_SOON}, soonest first.
	 */
	public List<CaseFile> dueSoonOrOverdue(Scope scope) {
		return this.queries.dueBefore(scope.stationId(), this.support.now().plus(DeadlineEngine.DUE_SOON), 500);
	}

	/**
	 * @return first-pass approval per officer: decisions decided on their first
	 * submission and how many of them were approved.
	 */
	public List<FirstPassRate> firstPassRates(Scope scope) {
		List<FirstPassRate> rates = new ArrayList<>();
		for (long[] row : this.queries.firstPassCounts(scope.stationId())) {
			rates.add(new FirstPassRate(row[0], row[1], row[2]));
		}
		return rates;
	}

	public Map<CaseStage, Long> openByStage(Scope scope) {
		return this.queries.openByStage(scope.stationId());
	}

	public Instant now() {
		return this.support.now();
	}

	/**
	 * @param decided first submissions a supervisor decided.
	 * @param approved of which approved at once.
	 */
	public record FirstPassRate(long officerId, long decided, long approved) {

		public int percent() {
			return (this.decided == 0) ? 0 : (int) Math.round(100.0 * this.approved / this.decided);
		}

	}

}
