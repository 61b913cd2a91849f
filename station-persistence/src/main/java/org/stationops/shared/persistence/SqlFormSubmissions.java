package org.stationops.shared.persistence;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import org.stationops.shared.FormSubmissions;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Submission keys in {@code form_submissions}: taking a key is one
 * {@code insert … on conflict do nothing}, so of two simultaneous sendings exactly one
 * takes it, on any node.
 */
@Repository
class SqlFormSubmissions implements FormSubmissions {

	private final EntityManager entityManager;

	SqlFormSubmissions(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	@Override
	@Transactional
	public boolean take(UUID key, String username) {
		return this.entityManager
			.createNativeQuery("insert into form_submissions (submission_key, officer_username) values (:k, :u)"
					+ " on conflict do nothing")
			.setParameter("k", key)
			.setParameter("u", username)
			.executeUpdate() == 1;
	}

	@Override
	@Transactional
	public void complete(UUID key, String location) {
		this.entityManager
			.createNativeQuery("update form_submissions set outcome_location = :l where submission_key = :k")
			.setParameter("l", (location.length() > 2000) ? location.substring(0, 2000) : location)
			.setParameter("k", key)
			.executeUpdate();
	}

	@Override
	@Transactional
	public void release(UUID key) {
		this.entityManager.createNativeQuery("delete from form_submissions where submission_key = :k")
			.setParameter("k", key)
			.executeUpdate();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<String> outcome(UUID key, String username) {
		List<?> rows = this.entityManager
			.createNativeQuery("select outcome_location from form_submissions where submission_key = :k"
					+ " and officer_username = :u and outcome_location is not null")
			.setParameter("k", key)
			.setParameter("u", username)
			.getResultList();
		return rows.stream().findFirst().map(Object::toString);
	}

	@Override
	@Transactional
	public int forgetOld() {
		return this.entityManager
			.createNativeQuery("delete from form_submissions where submitted_at < now() - interval '1 day'")
			.executeUpdate();
	}

}
