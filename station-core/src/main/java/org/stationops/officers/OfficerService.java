package org.stationops.officers;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.stationops.audit.AuditService;
import org.stationops.shared.RuleViolationException;
import org.stationops.shared.Scope;
import org.stationops.stations.StationService;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Officer accounts: creation, edits, deactivation and password resets, within the
 * caller's {@link Scope}.
 */
@Service
@Transactional(readOnly = true)
public class OfficerService {

	/** Minimum password length for accounts created or reset here. */
	public static final int MIN_PASSWORD_LENGTH = 10;

	private final OfficerRepository officers;

	private final StationService stations;

	private final PasswordEncoder passwordEncoder;

	private final AuditService audit;

	OfficerService(OfficerRepository officers, StationService stations, PasswordEncoder passwordEncoder,
			AuditService audit) {
		this.audit = audit;
		this.officers = officers;
		this.stations = stations;
		this.passwordEncoder = passwordEncoder;
	}

	public Page<Officer> list(Scope scope, Pageable pageable) {
		return scope.stationFilter()
			.map(id -> this.officers.findByStationId(id, pageable))
			.orElseGet(() -> this.officers.findAll(pageable));
	}

	/**
	 * Reads an officer's account in full (unmasked phone and ID particulars) and writes
	 * the personal-data audit entry for that view.
	 * @param username who reads, for the audit log.
	 */
	@Transactional
	public Officer readInFull(Scope scope, Long id, String username) {
		Officer read = get(scope, id);
		this.audit.record(read.getStationId(), username, AuditService.FULL_VIEW, "officer", id, read.getBadgeNumber());
		return read;
	}

	public Officer get(Scope scope, Long id) {
		return this.officers.findInScope(id, scope).orElseThrow(() -> OfficerNotFoundException.forId(id));
	}

	/**
	 * @return the account as it is now, whatever the caller's scope: the check that a
	 * signed-in session still matches its account (one primary-key read).
	 */
	public Optional<Officer> account(Long id) {
		return this.officers.findById(id);
	}

	public Optional<Officer> findByUsername(String username) {
		return this.officers.findByUsernameIgnoreCase(username);
	}

	/**
	 * @return the active officers of a station, by name: the choices for assignments.
	 */
	public List<Officer> activeAt(Long stationId) {
		return this.officers.findByStationIdAndActiveTrueOrderByDisplayName(stationId);
	}

	/**
	 * @return the active officers of several stations in one read (a bureau's reports
	 * name officers of every station without a query per station).
	 */
	public List<Officer> activeAtAny(Collection<Long> stationIds) {
		if (stationIds.isEmpty()) {
			return List.of();
		}
		return this.officers.findByStationIdInAndActiveTrue(stationIds);
	}

	/**
	 * @return officers by id, for showing names in lists without a query per row.
	 */
	public Map<Long, Officer> byIds(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return this.officers.findByIdIn(ids).stream().collect(Collectors.toMap(Officer::getId, Function.identity()));
	}

	public boolean hasAnyAccount() {
		return this.officers.count() > 0;
	}

	@Transactional
	public Officer create(Scope scope, OfficerDetails details, String rawPassword) {
		checkDetails(scope, details, null);
		if (this.officers.existsByUsernameIgnoreCase(details.username())) {
			throw RuleViolationException.onField("username", "officers.username.duplicate");
		}
		checkPassword(rawPassword);
		return this.officers.save(new Officer(details, this.passwordEncoder.encode(rawPassword)));
	}

	@Transactional
	public Officer update(Scope scope, Long id, long expectedVersion, OfficerDetails details) {
		Officer officer = get(scope, id);
		if (officer.getVersion() != expectedVersion) {
			throw new RuleViolationException("common.error.staleVersion");
		}
		checkDetails(scope, details, id);
		officer.apply(details);
		return this.officers.save(officer);
	}

	@Transactional
	public void resetPassword(Scope scope, Long id, String rawPassword) {
		Officer officer = get(scope, id);
		checkPassword(rawPassword);
		officer.changePassword(this.passwordEncoder.encode(rawPassword));
		this.officers.save(officer);
	}

	@Transactional
	public void setActive(Scope scope, Long id, boolean active, Long actingOfficerId) {
		Officer officer = get(scope, id);
		if (!active && id.equals(actingOfficerId)) {
			throw new RuleViolationException("officers.deactivate.self");
		}
		if (active) {
			officer.activate();
		}
		else {
			officer.deactivate();
		}
		this.officers.save(officer);
	}

	@Transactional
	public void changePreferredLanguage(Long id, String language) {
		this.officers.findById(id).ifPresent(officer -> {
			officer.changePreferredLanguage(language);
			this.officers.save(officer);
		});
	}

	private void checkDetails(Scope scope, OfficerDetails details, @Nullable Long id) {
		if (details.roles().isEmpty()) {
			throw RuleViolationException.onField("roles", "officers.roles.required");
		}
		if (details.stationId() == null) {
			if (!details.roles().contains(Role.ADMIN) && !details.roles().contains(Role.BUREAU_SUPERVISOR)) {
				throw RuleViolationException.onField("stationId", "officers.station.required");
			}
		}
		else {
			this.stations.get(scope, details.stationId());
		}
		boolean badgeTaken = (id == null) ? this.officers.existsByBadgeNumber(details.badgeNumber())
				: this.officers.existsByBadgeNumberAndIdNot(details.badgeNumber(), id);
		if (badgeTaken) {
			throw RuleViolationException.onField("badgeNumber", "officers.badgeNumber.duplicate");
		}
	}

	private void checkPassword(String rawPassword) {
		if (rawPassword.length() < MIN_PASSWORD_LENGTH) {
			throw RuleViolationException.onField("password", "officers.password.tooShort", MIN_PASSWORD_LENGTH);
		}
	}

}
