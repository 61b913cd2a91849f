package org.stationops.liaison;

/**
 * Tells whether an incident or a case a fast-channel ticket links to exists at the
 * ticket's station. Implemented by the incidents and cases features, so liaison depends
 * on neither.
 */
public interface LinkedRecordCheck {

	/**
	 * @return what kind of record this check knows.
	 */
	Kind kind();

	/**
	 * @return whether the record exists and belongs to the station.
	 */
	boolean existsAt(Long stationId, Long id);

	enum Kind {

		INCIDENT, CASE

	}

}
