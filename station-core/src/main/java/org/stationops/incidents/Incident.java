package org.stationops.incidents;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;
import org.stationops.shared.AbstractEntity;
import org.stationops.shared.Masking;
import org.stationops.shared.RuleViolationException;
import org.stationops.shared.StationScoped;

/**
 * An incident (警情) from intake to disposition. Transitions are package-private: only
 * {@link IncidentService} moves an incident along.
 */
@Entity
@Table(name = "incidents")
public class Incident extends AbstractEntity implements StationScoped {

	private Long stationId = 0L;

	private String receiptNumber = "";

	private String queryCode = "";

	private @Nullable String formToken;

	private @Nullable String externalRef;

	private Instant receivedAt = Instant.EPOCH;

	@Enumerated(EnumType.STRING)
	private IncidentSource source = IncidentSource.EMERGENCY_110;

	private String categoryCode = "";

	private String location = "";

	private @Nullable Long areaId;

	private @Nullable BigDecimal latitude;

	private @Nullable BigDecimal longitude;

	private String reporterName = "";

	private String reporterPhone = "";

	private String reporterIdNumber = "";

	private String description = "";

	private boolean anonymous;

	private String anonymityReason = "";

	@Enumerated(EnumType.STRING)
	private IncidentStatus status = IncidentStatus.RECEIVED;

	private @Nullable Long assignedOfficerId;

	private String assignedTeam = "";

	private @Nullable Instant dispatchedAt;

	private @Nullable Instant arrivedAt;

	private @Nullable Instant clearedAt;

	private String dispositionNote = "";

	private String transferUnit = "";

	private @Nullable Instant transferCompletedAt;

	private String guidePath = "";

	@Enumerated(EnumType.STRING)
	private IncidentPriority priority = IncidentPriority.NORMAL;

	private boolean priorityOverridden;

	private String createdBy = "";

	private Instant createdAt = Instant.EPOCH;

	protected Incident() {
	}

	Incident(Long stationId, String receiptNumber, String queryCode, @Nullable String formToken,
			@Nullable String externalRef, IncidentDetails details, String createdBy, Instant createdAt) {
		this.stationId = stationId;
		this.receiptNumber = receiptNumber;
		this.queryCode = queryCode;
		this.formToken = formToken;
		this.externalRef = externalRef;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
		apply(details);
	}

	void apply(IncidentDetails details) {
		this.receivedAt = details.receivedAt();
		this.source = details.source();
		this.categoryCode = details.categoryCode();
		this.location = details.location();
		this.areaId = details.areaId();
		this.latitude = details.latitude();
		this.longitude = details.longitude();
		this.reporterName = details.reporterName();
		this.reporterPhone = details.reporterPhone();
		this.reporterIdNumber = details.reporterIdNumber();
		this.description = details.description();
		this.anonymous = details.anonymous();
		this.anonymityReason = details.anonymous() ? details.anonymityReason() : "";
	}

	public IncidentDetails details() {
		return new IncidentDetails(this.receivedAt, this.source, this.categoryCode, this.location, this.areaId,
				this.latitude, this.longitude, this.reporterName, this.reporterPhone, this.reporterIdNumber,
				this.description, this.anonymous, this.anonymityReason);
	}

	/**
	 * Assigns the incident. A reassignment keeps the first dispatch time, from which the
	 * response time counts.
	 */
	void dispatch(@Nullable Long officerId, String team, Instant at) {
		requireOpen();
		requireNotCleared();
		if (officerId == null && team.isBlank()) {
			throw RuleViolationException.onField("officerId", "incidents.dispatch.assigneeRequired");
		}
		if (at.isBefore(this.receivedAt)) {
			throw new RuleViolationException("incidents.dispatch.beforeReceived");
		}
		this.assignedOfficerId = officerId;
		this.assignedTeam = team;
		if (this.dispatchedAt == null) {
			this.dispatchedAt = at;
		}
		if (this.status == IncidentStatus.RECEIVED) {
			this.status = IncidentStatus.DISPATCHED;
		}
	}

	/**
	 * Records the arrival on scene; a second click (a stale board) keeps the first.
	 */
	void arrive(Instant at) {
		requireOpen();
		requireNotCleared();
		if (this.dispatchedAt == null) {
			throw new RuleViolationException("incidents.arrive.notDispatched");
		}
		if (this.arrivedAt != null) {
			return;
		}
		if (at.isBefore(this.dispatchedAt)) {
			throw new RuleViolationException("incidents.arrive.beforeDispatch");
		}
		this.arrivedAt = at;
		this.status = IncidentStatus.ON_SCENE;
	}

	void clear(Instant at) {
		requireOpen();
		if (this.status == IncidentStatus.CLEARED) {
			return;
		}
		if (at.isBefore(this.receivedAt)) {
			throw new RuleViolationException("incidents.clear.beforeReceived");
		}
		this.clearedAt = at;
		this.status = IncidentStatus.CLEARED;
	}

	void dispose(IncidentStatus disposition, String note, String transferUnit, String guidePath, Instant at) {
		requireOpen();
		if (!IncidentStatus.DISPOSITIONS.contains(disposition)) {
			throw RuleViolationException.onField("disposition", "incidents.dispose.invalid");
		}
		if (disposition == IncidentStatus.TRANSFERRED && transferUnit.isBlank()) {
			throw RuleViolationException.onField("transferUnit", "incidents.dispose.transferUnitRequired");
		}
		this.status = disposition;
		this.dispositionNote = note;
		this.transferUnit = (disposition == IncidentStatus.TRANSFERRED) ? transferUnit : "";
		if (!guidePath.isBlank()) {
			this.guidePath = guidePath;
		}
		if (this.clearedAt == null) {
			this.clearedAt = at;
		}
	}

	void completeTransfer(Instant at) {
		if (this.status != IncidentStatus.TRANSFERRED) {
			throw new RuleViolationException("incidents.transfer.notTransferred");
		}
		if (this.transferCompletedAt == null) {
			this.transferCompletedAt = at;
		}
	}

	/**
	 * Takes the category's priority, unless an officer has overridden it.
	 */
	void prioritise(IncidentPriority fromCategory) {
		if (!this.priorityOverridden) {
			this.priority = fromCategory;
		}
	}

	/**
	 * An officer's override of the category's priority, until the scene is cleared.
	 */
	void overridePriority(IncidentPriority priority) {
		requireOpen();
		requireNotCleared();
		if (priority == this.priority) {
			throw RuleViolationException.onField("priority", "incidents.priority.unchanged");
		}
		this.priority = priority;
		this.priorityOverridden = true;
	}

	/**
	 * @return whether this is an urgent incident nobody has been sent to for longer than
	 * {@code after}: the board flags it.
	 */
	public boolean isOverdueUrgent(Instant now, Duration after) {
		return this.priority.isUrgent() && this.status == IncidentStatus.RECEIVED && age(now).compareTo(after) > 0;
	}

	void recordGuidePath(String path) {
		this.guidePath = path;
	}

	private void requireNotCleared() {
		if (this.status == IncidentStatus.CLEARED) {
			throw new RuleViolationException("incidents.error.alreadyCleared");
		}
	}

	private void requireOpen() {
		if (!this.status.isOpen()) {
			throw new RuleViolationException("incidents.error.alreadyDisposed");
		}
	}

	/**
	 * @return arrival − dispatch, once both are recorded.
	 */
	public Optional<Duration> responseTime() {
		return (this.dispatchedAt != null && this.arrivedAt != null)
				? Optional.of(Duration.between(this.dispatchedAt, this.arrivedAt)) : Optional.empty();
	}

	/**
	 * @return arrival − receipt (what the caller waited), once the arrival is recorded.
	 */
	public Optional<Duration> arrivalAfterReceipt() {
		return (this.arrivedAt != null) ? Optional.of(Duration.between(this.receivedAt, this.arrivedAt))
				: Optional.empty();
	}

	/**
	 * @return the 24-hour transfer clock when the incident was transferred to another
	 * unit.
	 */
	public Optional<TransferClock> transferClock() {
		return (this.status == IncidentStatus.TRANSFERRED)
				? Optional.of(new TransferClock(this.receivedAt, this.transferCompletedAt)) : Optional.empty();
	}

	/**
	 * @return whether the reporter's query code matches, compared in constant time.
	 */
	public boolean matchesQueryCode(String code) {
		return java.security.MessageDigest.isEqual(this.queryCode.getBytes(java.nio.charset.StandardCharsets.UTF_8),
				code.trim().toUpperCase(java.util.Locale.ROOT).getBytes(java.nio.charset.StandardCharsets.UTF_8));
	}

	public Duration age(Instant now) {
		return Duration.between(this.receivedAt, now);
	}

	public Long getStationId() {
		return this.stationId;
	}

	public String getReceiptNumber() {
		return this.receiptNumber;
	}

	public String getQueryCode() {
		return this.queryCode;
	}

	public @Nullable String getExternalRef() {
		return this.externalRef;
	}

	public Instant getReceivedAt() {
		return this.receivedAt;
	}

	public IncidentSource getSource() {
		return this.source;
	}

	public String getCategoryCode() {
		return this.categoryCode;
	}

	public String getLocation() {
		return this.location;
	}

	public @Nullable Long getAreaId() {
		return this.areaId;
	}

	public @Nullable BigDecimal getLatitude() {
		return this.latitude;
	}

	public @Nullable BigDecimal getLongitude() {
		return this.longitude;
	}

	public String getReporterName() {
		return this.reporterName;
	}

	public String getReporterPhone() {
		return this.reporterPhone;
	}

	public String getMaskedReporterPhone() {
		return Masking.phone(this.reporterPhone);
	}

	public String getReporterIdNumber() {
		return this.reporterIdNumber;
	}

	public String getMaskedReporterIdNumber() {
		return Masking.idNumber(this.reporterIdNumber);
	}

	/**
	 * @return whether this is an anonymous tip: pages show "匿名" in place of the reporter.
	 */
	public boolean isAnonymous() {
		return this.anonymous;
	}

	public String getAnonymityReason() {
		return this.anonymityReason;
	}

	public String getDescription() {
		return this.description;
	}

	public IncidentStatus getStatus() {
		return this.status;
	}

	public @Nullable Long getAssignedOfficerId() {
		return this.assignedOfficerId;
	}

	public String getAssignedTeam() {
		return this.assignedTeam;
	}

	public @Nullable Instant getDispatchedAt() {
		return this.dispatchedAt;
	}

	public @Nullable Instant getArrivedAt() {
		return this.arrivedAt;
	}

	public @Nullable Instant getClearedAt() {
		return this.clearedAt;
	}

	public String getDispositionNote() {
		return this.dispositionNote;
	}

	public String getTransferUnit() {
		return this.transferUnit;
	}

	public @Nullable Instant getTransferCompletedAt() {
		return this.transferCompletedAt;
	}

	public String getGuidePath() {
		return this.guidePath;
	}

	public IncidentPriority getPriority() {
		return this.priority;
	}

	public boolean isPriorityOverridden() {
		return this.priorityOverridden;
	}

	public String getCreatedBy() {
		return this.createdBy;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

}
