package org.stationops.mediation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.stationops.shared.Scope;

/**
 * Port to the 治安 case a police mediation (治安调解) belongs to: the cases feature implements
 * it with its deadline engine, so mediation only says what happened.
 */
public interface LinkedCases {

	/**
	 * @return the case, if it exists and the scope reaches it.
	 */
	Optional<LinkedCase> find(Scope scope, Long caseId);

	/**
	 * @return the open administrative cases the scope reaches whose clock runs: the
	 * choices for a police mediation.
	 */
	List<LinkedCase> mediable(Scope scope);

	/**
	 * Mediation began: the case's time limit does not run while it lasts (程序规定 第185条第2款).
	 */
	void mediationStarted(Scope scope, Long caseId, LocalDate day);

	/**
	 * Mediation failed: the case goes on to a decision and its time limit restarts on
	 * {@code day} (程序规定 第185条).
	 */
	void mediationFailed(Scope scope, Long caseId, LocalDate day);

	/**
	 * The agreement was not performed: the case goes on to a decision and its time limit
	 * restarts the day after the performance deadline (程序规定 第185条).
	 */
	void agreementNotPerformed(Scope scope, Long caseId, LocalDate performanceDeadline);

	/**
	 * The agreement was reached and performed: the case closes without punishment
	 * (治安管理处罚法 第9条; 程序规定 第185条第1款).
	 */
	void closeAfterMediation(Scope scope, Long caseId, LocalDate performedOn, String fileNumber, Long officerId,
			String officerName);

	/**
	 * A case as mediation sees it.
	 *
	 * @param administrative whether it is an administrative (治安) case: only those are
	 * mediated by the police.
	 * @param open whether it is still being handled.
	 * @param acceptedOn the day the case was accepted (受理), from which the first 治安调解
	 * session's 3 working days run.
	 */
	record LinkedCase(Long id, Long stationId, String reference, boolean administrative, boolean open,
			LocalDate acceptedOn) {

	}

}
