package org.stationops.liaison;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Enterprise import jobs kept in the database between the preview and the import, so that
 * every node of a cluster shows the same job and its progress: the node that starts a job
 * runs it, any node answers the progress bar's polls.
 */
public interface ImportJobStore {

	void create(StoredImportJob job);

	/**
	 * @return the job, if it exists and belongs to this user
	 */
	Optional<StoredImportJob> find(UUID id, String username);

	/**
	 * Takes a job for running: from the preview, or from a run whose node stopped (no
	 * progress for longer than {@code stalledAfter}). Exactly one caller succeeds.
	 */
	boolean claim(UUID id, Duration stalledAfter);

	/** Records progress, outside the import's own transaction. */
	void progress(UUID id, int done);

	void finish(UUID id, int imported);

	void fail(UUID id, String errorCode);

	/** Forgets jobs older than the given age. */
	int forgetOlderThan(Duration age);

	/**
	 * A stored job.
	 *
	 * @param stationId the uploader's station, or {@code null} for a bureau-wide account
	 * @param content the uploaded file, read again for the preview and the import
	 * @param total how many valid rows the preview found
	 */
	record StoredImportJob(UUID id, String username, @Nullable Long stationId, String filename, byte[] content,
			ImportJobStatus status, int total, int done, int imported, String errorCode, boolean stalled) {
	}

	/** Where a job stands. */
	enum ImportJobStatus {

		PREVIEW, RUNNING, DONE, FAILED

	}

}
