package org.stationops.liaison.web;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stationops.liaison.EnterpriseImportService;
import org.stationops.liaison.ImportPreview;
import org.stationops.shared.RuleViolationException;
import org.stationops.shared.Scope;
import org.springframework.stereotype.Component;

/**
 * Import jobs held in memory between the preview and the import: one background thread
 * runs the imports one after another; the page polls a job's status for its progress bar.
 * Jobs are forgotten after an hour.
 */
@Component
class ImportJobs {

	private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);

	private final Map<String, Job> jobs = new ConcurrentHashMap<>();

	private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
		Thread thread = new Thread(r, "liaison-import");
		thread.setDaemon(true);
		return thread;
	});

	private final EnterpriseImportService imports;

	ImportJobs(EnterpriseImportService imports) {
		this.imports = imports;
	}

	Job create(String username, Scope scope, String filename, ImportPreview preview) {
		Instant cutoff = Instant.now().minus(Duration.ofHours(1));
		this.jobs.values().removeIf(j -> j.created.isBefore(cutoff) && j.status != Status.RUNNING);
		Job job = new Job(UUID.randomUUID().toString(), username, scope, filename, preview);
		this.jobs.put(job.id, job);
		return job;
	}

	@Nullable Job find(String id, String username) {
		Job job = this.jobs.get(id);
		return (job != null && job.username.equals(username)) ? job : null;
	}

	void start(Job job) {
		if (job.status != Status.PREVIEW) {
			return;
		}
		job.status = Status.RUNNING;
		this.executor.submit(() -> run(job));
	}

	private void run(Job job) {
		try {
			job.imported = this.imports.importValid(job.scope, job.preview, job.username, done -> job.done = done);
			job.status = Status.DONE;
		}
		catch (RuleViolationException ex) {
			job.errorCode = ex.getCode();
			job.status = Status.FAILED;
		}
		catch (RuntimeException ex) {
			log.warn("Import {} failed", job.id, ex);
			job.errorCode = "liaison.import.failed";
			job.status = Status.FAILED;
		}
	}

	@PreDestroy
	void stop() {
		this.executor.shutdownNow();
	}

	enum Status {

		PREVIEW, RUNNING, DONE, FAILED;

		public boolean isPreview() {
			return this == PREVIEW;
		}

		public boolean isRunning() {
			return this == RUNNING;
		}

		public boolean isDone() {
			return this == DONE;
		}

		public boolean isFailed() {
			return this == FAILED;
		}

	}

	static final class Job {

		final String id;

		final String username;

		final Scope scope;

		final String filename;

		final ImportPreview preview;

		final Instant created = Instant.now();

		volatile Status status = Status.PREVIEW;

		volatile int done;

		volatile int imported;

		volatile String errorCode = "";

		Job(String id, String username, Scope scope, String filename, ImportPreview preview) {
			this.id = id;
			this.username = username;
			this.scope = scope;
			this.filename = filename;
			this.preview = preview;
		}

		public String getId() {
			return this.id;
		}

		public String getFilename() {
			return this.filename;
		}

		public ImportPreview getPreview() {
			return this.preview;
		}

		public Status getStatus() {
			return this.status;
		}

		public int getDone() {
			return this.done;
		}

		public int getImported() {
			return this.imported;
		}

		public String getErrorCode() {
			return this.errorCode;
		}

		public int getPercent() {
			long valid = this.preview.validCount();
			if (this.status == Status.DONE) {
				return 100;
			}
			return (valid == 0) ? 0 : (int) Math.min(99, this.done * 100 / valid);
		}

	}

}
