package org.stationops.liaison.persistence;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import org.stationops.liaison.ImportJobStore;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Import jobs in {@code liaison_import_jobs}. Claiming is one conditional update, so of
 * two nodes asked to run the same job exactly one runs it.
 */
@Repository
class JdbcImportJobStore implements ImportJobStore {

	private final JdbcTemplate jdbc;

	JdbcImportJobStore(DataSource dataSource) {
		this.jdbc = new JdbcTemplate(dataSource);
	}

	@Override
	@Transactional
	public void create(StoredImportJob job) {
		this.jdbc.update(
				"insert into liaison_import_jobs (id, username, station_id, filename, content, status, total)"
						+ " values (?, ?, ?, ?, ?, ?, ?)",
				job.id(), job.username(), job.stationId(), job.filename(), job.content(), job.status().name(),
				job.total());
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<StoredImportJob> find(UUID id, String username) {
		return this.jdbc
			.query("select id, username, station_id, filename, content, status, total, done, imported,"
					+ " error_code, (status = 'RUNNING' and updated_at < now() - interval '2 minutes') as stalled"
					+ " from liaison_import_jobs where id = ? and username = ?",
					(rs, n) -> new StoredImportJob(rs.getObject("id", UUID.class), rs.getString("username"),
							rs.getObject("station_id", Long.class), rs.getString("filename"), rs.getBytes("content"),
							ImportJobStatus.valueOf(rs.getString("status")), rs.getInt("total"), rs.getInt("done"),
							rs.getInt("imported"), rs.getString("error_code"), rs.getBoolean("stalled")),
					id, username)
			.stream()
			.findFirst();
	}

	@Override
	@Transactional
	public boolean claim(UUID id, Duration stalledAfter) {
		return this.jdbc.update(
				"update liaison_import_jobs set status = 'RUNNING', done = 0, error_code = '', updated_at = now()"
						+ " where id = ? and (status = 'PREVIEW' or (status = 'RUNNING'"
						+ " and updated_at < now() - make_interval(secs => ?)))",
				id, (double) stalledAfter.toSeconds()) == 1;
	}

	@Override
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void progress(UUID id, int done) {
		this.jdbc.update("update liaison_import_jobs set done = ?, updated_at = now() where id = ?", done, id);
	}

	@Override
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void finish(UUID id, int imported) {
		this.jdbc.update("update liaison_import_jobs set status = 'DONE', done = total, imported = ?,"
				+ " updated_at = now() where id = ?", imported, id);
	}

	@Override
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void fail(UUID id, String errorCode) {
		this.jdbc.update("update liaison_import_jobs set status = 'FAILED', error_code = ?, updated_at = now()"
				+ " where id = ?", errorCode, id);
	}

	@Override
	@Transactional
	public int forgetOlderThan(Duration age) {
		return this.jdbc.update("delete from liaison_import_jobs where created_at < now() - make_interval(secs => ?)"
				+ " and status <> 'RUNNING'", (double) age.toSeconds());
	}

}
