package org.stationops.cases;

import org.stationops.shared.Scope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The read side of the case page: one scoped lookup, one transaction, one view record.
 */
@Service
@Transactional(readOnly = true)
public class CaseFolders {

	private final CaseRepository cases;

	private final CaseTimeline timeline;

	private final CaseRecordRepository.Suspects suspects;

	private final CaseRecordRepository.Particulars particulars;

	private final CaseRecordRepository.Reviews reviews;

	private final CaseRecordRepository.ReturnReasons reasons;

	CaseFolders(CaseRepository cases, CaseTimeline timeline, CaseRecordRepository.Suspects suspects,
			CaseRecordRepository.Particulars particulars, CaseRecordRepository.Reviews reviews,
			CaseRecordRepository.ReturnReasons reasons) {
		this.cases = cases;
		this.timeline = timeline;
		this.suspects = suspects;
		this.particulars = particulars;
		this.reviews = reviews;
		this.reasons = reasons;
	}

	/**
	 * @throws CaseNotFoundException when the case does not exist or the scope does not
	 * reach it.
	 */
	public CaseFolder folder(Scope scope, Long caseId) {
		CaseFile caseFile = this.cases.getInScope(scope, caseId);
		return new CaseFolder(caseFile, this.timeline.of(caseFile), this.suspects.findByCaseIdOrderById(caseId),
				this.particulars.findByCaseIdOrderById(caseId), java.util.List.copyOf(caseFile.getPauses()),
				java.util.List.copyOf(caseFile.getExtensions()),
				this.reviews.findByCaseIdOrderBySubmittedAtDesc(caseId), this.reasons.findAllByOrderById());
	}

}
