package org.stationops.liaison.web;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stationops.liaison.EnterpriseImportService;
import org.stationops.liaison.ImportJobStore;
import org.stationops.liaison.ImportJobStore.ImportJobStatus;
import org.stationops.liaison.ImportJobStore.StoredImportJob;
import org.stationops.liaison.ImportPreview;
import org.stationops.shared.RuleViolationException;
import org.stationops.shared.Scope;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Import jobs between the preview and the import, kept in the database
 * ({@link ImportJobStore}) with the uploaded file, so any node of a cluster shows a job
 * and its progress. The node that starts a job runs it on its one background thread
 * (imports run one after another per node); a job whose node stopped mid-way shows as
 * stopped and can be started again (the import is one transaction, so nothing of it was
 * saved). Jobs are forgotten after a day.
 */
@Component
class ImportJobs {

	private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);

	private static final Duration STALLED_AFTER = Duration.ofMinutes(2);

	private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
		Thread thread = new Thread(r, "liaison-import");
		thread.setDaemon(true);
		return thread;
	});

	private final EnterpriseImportService imports;

	private final ImportJobStore store;

	ImportJobs(EnterpriseImportService imports, ImportJobStore store) {
		this.imports = imports;
		this.store = store;
	}

	Job create(String username, Scope scope, String filename, byte[] content, ImportPreview preview) {
		StoredImportJob stored = new StoredImportJob(UUID.randomUUID(), username, scope.stationId(), filename, content,
				ImportJobStatus.PREVIEW, (int) preview.validCount(), 0, 0, "", false);
		this.store.create(stored);
		return new Job(stored, preview);
	}

	@Nullable Job find(String id, String username) {
		UUID key;
		try {
			key = UUID.fromString(id);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
		return this.store.find(key, username).map(stored -> new Job(stored, null)).orElse(null);
	}

	void start(Job job) {
		if (!job.isStartable() || !this.store.claim(job.stored.id(), STALLED_AFTER)) {
			return;
		}
		ImportPreview preview = job.getPreview();
		this.executor.submit(() -> run(job.stored.id(), job.scope(), job.stored.username(), preview));
	}

	private void run(UUID id, Scope scope, String username, ImportPreview preview) {
		try {
			int imported = this.imports.importValid(scope, preview, username, done -> this.store.progress(id, done));
			this.store.finish(id, imported);
		}
		catch (RuleViolationException ex) {
			this.store.fail(id, ex.getCode());
		}
		catch (RuntimeException ex) {
			log.warn("Import {} failed", id, ex);
			this.store.fail(id, "liaison.import.failed");
		}
	}

	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT1H")
	void forgetOldJobs() {
		this.store.forgetOlderThan(Duration.ofDays(1));
	}

	@PreDestroy
	void stop() {
		this.executor.shutdownNow();
	}

	/** Where a job stands, as the page shows it. */
	enum Status {

		PREVIEW, RUNNING, DONE, FAILED, STALLED;

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
			return this == FAILED || this == STALLED;
		}

		public boolean isStalled() {
			return this == STALLED;
		}

	}

	/**
	 * A stored job; its preview is read again from the stored file when a page needs it.
	 */
	final class Job {

		private final StoredImportJob stored;

		private @Nullable ImportPreview preview;

		Job(StoredImportJob stored, @Nullable ImportPreview preview) {
			this.stored = stored;
			this.preview = preview;
		}

		Scope scope() {
			return (this.stored.stationId() != null) ? Scope.station(this.stored.stationId()) : Scope.bureau();
		}

		boolean isStartable() {
			return getStatus() == Status.PREVIEW || getStatus() == Status.STALLED;
		}

		public String getId() {
			return this.stored.id().toString();
		}

		public String getFilename() {
			return this.stored.filename();
		}

		public ImportPreview getPreview() {
			if (this.preview == null) {
				this.preview = ImportJobs.this.imports.preview(scope(),
						ImportFiles.read(this.stored.filename(), new ByteArrayInputStream(this.stored.content())));
			}
			return this.preview;
		}

		public Status getStatus() {
			if (this.stored.stalled()) {
				return Status.STALLED;
			}
			return Status.valueOf(this.stored.status().name());
		}

		public int getDone() {
			return this.stored.done();
		}

		public int getImported() {
			return this.stored.imported();
		}

		public String getErrorCode() {
			return (getStatus() == Status.STALLED) ? "liaison.import.stalled" : this.stored.errorCode();
		}

		public int getPercent() {
			if (getStatus() == Status.DONE) {
				return 100;
			}
			int total = this.stored.total();
			return (total == 0) ? 0 : (int) Math.min(99, (long) this.stored.done() * 100 / total);
		}

	}

}
