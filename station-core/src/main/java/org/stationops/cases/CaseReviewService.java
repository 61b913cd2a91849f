package org.stationops.cases;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.stationops.shared.RuleViolationException;
import org.stationops.shared.Scope;
import org.stationops.stations.StationStaff;
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

	private final CaseRepository cases;

	private final CaseTimeline timeline;

	private final CaseClock clock;

	private final CaseQueries queries;

	private final CaseRecordRepository.Reviews reviews;

	private final CaseRecordRepository.ReturnReasons reasons;

	private final StationStaff staff;

	CaseReviewService(CaseRepository cases, CaseTimeline timeline, CaseClock clock, CaseQueries queries,
			CaseRecordRepository.Reviews reviews, CaseRecordRepository.ReturnReasons reasons, StationStaff staff) {
		this.cases = cases;
		this.timeline = timeline;
		this.clock = clock;
		this.queries = queries;
		this.reviews = reviews;
		this.reasons = reasons;
		this.staff = staff;
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
		return submit(scope, caseId, decision, new DecisionFacts(note, approvalReference, null, Penalty.NONE, false),
				actor);
	}

	/**
	 * Submits a decision with its facts: for an extension the approval of the level above
	 * (document number and date), for a punishment its penalty and whether the hearing
	 * notice was given. See {@link CaseFile#law()} for the limits that apply.
	 */
	@Transactional
	public CaseReview submit(Scope scope, Long caseId, Decision decision, DecisionFacts facts, CaseActor actor) {
		return submit(scope, caseId, decision, facts, actor, this.clock.now());
	}

	private CaseReview submit(Scope scope, Long caseId, Decision decision, DecisionFacts facts, CaseActor actor,
			Instant at) {
		this.queries.lockCaseReview(caseId);
		CaseFile caseFile = this.cases.getInScope(scope, caseId);
		caseFile.submitForReview(decision, facts, at);
		int attempt = (int) this.reviews.countByCaseIdAndDecision(caseId, decision) + 1;
		CaseReview review = this.reviews
			.save(new CaseReview(caseFile, decision, Objects.requireNonNull(actor.officerId()), at, facts, attempt));
		this.cases.save(caseFile);
		this.timeline.record(caseFile, actor, EventType.DECISION_SUBMITTED, at, e -> e.decision(decision));
		return review;
	}

	/**
	 * Approves a pending decision: the case takes the step (or the extension is
	 * recorded). A supervisor cannot approve their own submission.
	 */
	@Transactional
	public CaseReview approve(Scope scope, Long reviewId, CaseActor supervisor, @Nullable String publicNote) {
		return approve(scope, reviewId, supervisor, publicNote, this.clock.now(), false);
	}

	private CaseReview approve(Scope scope, Long reviewId, CaseActor supervisor, @Nullable String publicNote,
			Instant at, boolean imported) {
		CaseReview review = pending(scope, reviewId, supervisor);
		CaseFile caseFile = this.cases.getInScope(scope, review.getCaseId());
		review.approve(supervisor.officerId(), at);
		Decision decision = review.getDecision();
		this.timeline.record(caseFile, supervisor, EventType.DECISION_APPROVED, at, e -> e.decision(decision));
		if (decision == Decision.EXTENSION) {
			caseFile.extend(review.getApprovalReference(), review.getApprovalDate(), at);
			this.timeline.record(caseFile, supervisor, EventType.EXTENDED, at, e -> {
				e.reference(review.getApprovalReference());
				return (review.getApprovalDate() != null) ? e.day(review.getApprovalDate()) : e;
			});
		}
		else {
			CaseStage from = caseFile.decisionApproved(decision, review.getPenalty(), at);
			String note = (publicNote == null || publicNote.isBlank()) ? null : publicNote.trim();
			this.timeline.record(caseFile, supervisor, EventType.STAGE_CHANGED, at,
					e -> e.stages(from, caseFile.getStage()).publicNote(note).imported(imported));
		}
		this.clock.recompute(caseFile);
		this.cases.save(caseFile);
		return this.reviews.save(review);
	}

	/**
	 * Takes over a decision an earlier system recorded (and demo data): submitted by an
	 * officer and approved by another active officer of the case's station at a past
	 * time. It goes through the same checks as {@link #submit} and {@link #approve} (a
	 * legal step, no other pending decision, nobody approves their own submission, the
	 * extension limit), and the time lies neither in the future nor before the case's
	 * acceptance. The stage change is marked as taken over on the timeline.
	 */
	@Transactional
	public CaseReview takeOver(Scope scope, Long caseId, Decision decision, DecisionFacts facts, CaseActor officer,
			CaseActor supervisor, Instant decidedAt) {
		CaseFile caseFile = this.cases.getInScope(scope, caseId);
		Instant now = this.clock.now();
		if (decidedAt.isAfter(now.plusSeconds(300)) || decidedAt.isBefore(caseFile.getAcceptedAt())) {
			throw new RuleViolationException("cases.error.timeOutOfRange");
		}
		if (supervisor.officerId() == null || this.staff.activeAt(caseFile.getStationId())
			.stream()
			.noneMatch(m -> m.id().equals(supervisor.officerId()))) {
			throw new RuleViolationException("cases.error.officerNotAtStation");
		}
		CaseReview review = submit(scope, caseId, decision, facts, officer, decidedAt);
		return approve(scope, review.getId(), supervisor, null, decidedAt, true);
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
		CaseFile caseFile = this.cases.getInScope(scope, review.getCaseId());
		review.giveBack(supervisor.officerId(), this.clock.now(), reasonCode, comment);
		caseFile.decisionReturned();
		this.cases.save(caseFile);
		this.timeline.record(caseFile, supervisor, EventType.DECISION_RETURNED,
				e -> e.decision(review.getDecision()).reason(reasonCode).text(comment));
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
		return this.reviews.findInScope(reviewId, scope).orElseThrow(() -> CaseNotFoundException.forId(reviewId));
	}

	public List<CaseReview> ofCase(Scope scope, Long caseId) {
		this.cases.getInScope(scope, caseId);
		return this.reviews.findByCaseIdOrderBySubmittedAtDesc(caseId);
	}

	public List<CaseReview> queue(Scope scope) {
		return this.queries.reviews(scope.stationId(), ReviewStatus.PENDING, 200);
	}

	public List<CaseReview> returnedTo(Long officerId) {
		return this.queries.returnedTo(officerId, 50);
	}

	/**
	 * @return the officer's open cases at the scope's station, nearest deadline first, at
	 * most {@code limit}; empty for a bureau-wide scope.
	 */
	public List<CaseFile> openLedBy(Scope scope, Long officerId, int limit) {
		return scope.stationFilter().map(id -> this.queries.openLedBy(id, officerId, limit)).orElseGet(List::of);
	}

	public List<ReturnReason> reasons() {
		return this.reasons.findAllByOrderById();
	}

	/**
	 * @return open cases whose deadline has passed or falls within
	 * {@link DeadlineEngine#DUE_SOON}, soonest first.
	 */
	public List<CaseFile> dueSoonOrOverdue(Scope scope) {
		return this.queries.dueBefore(scope.stationId(), this.clock.now().plus(DeadlineEngine.DUE_SOON), 500);
	}

	/**
	 * Counts the open cases of the scope whose deadline has passed or falls within
	 * {@link DeadlineEngine#DUE_SOON}, in the database (no limit on how many).
	 * @param officerId only the cases this officer leads; {@literal null} for all of the
	 * scope.
	 * @param noticedYears the years whose holiday notice is entered (the calendar's).
	 */
	public DueFigures dueFigures(Scope scope, @Nullable Long officerId, Collection<Integer> noticedYears) {
		Instant now = this.clock.now();
		return this.queries.dueFigures(scope.stationId(), officerId, now, now.plus(DeadlineEngine.DUE_SOON),
				noticedYears);
	}

	/**
	 * @return the scope's open cases due soon or overdue whose deadline is provisional,
	 * soonest first, at most {@code limit}.
	 */
	public List<CaseFile> provisionalDueSoonOrOverdue(Scope scope, Collection<Integer> noticedYears, int limit) {
		return this.queries.provisionalDueBefore(scope.stationId(), this.clock.now().plus(DeadlineEngine.DUE_SOON),
				noticedYears, limit);
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
		return this.clock.now();
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
