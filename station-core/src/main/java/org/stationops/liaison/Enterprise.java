package org.stationops.liaison;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;
import org.stationops.shared.AbstractEntity;
import org.stationops.shared.Masking;
import org.stationops.shared.StationScoped;

/**
 * An enterprise's file (一企一档): identity, location, people, lease, liaison officer and
 * cadence, and when it is next due.
 */
@Entity
@Table(name = "enterprises")
public class Enterprise extends AbstractEntity implements StationScoped {

	private Long stationId = 0L;

	@Enumerated(EnumType.STRING)
	private EnterpriseKind kind = EnterpriseKind.COMPANY;

	private String name = "";

	private @Nullable String creditCode;

	private boolean creditCodeWarning;

	private String industry = "";

	private String address = "";

	private @Nullable Long businessCircleId;

	private @Nullable Long buildingId;

	private String floorRoom = "";

	private String legalRepName = "";

	private String legalRepIdNumber = "";

	private String legalRepPhone = "";

	private String keyPersonName = "";

	private String keyPersonIdNumber = "";

	private String keyPersonPhone = "";

	private @Nullable LocalDate leaseStart;

	private @Nullable LocalDate leaseEnd;

	private int headcount;

	private String taxTier = "";

	private @Nullable LocalDate movedInOn;

	@Enumerated(EnumType.STRING)
	private RiskLevel riskLevel = RiskLevel.LOW;

	private @Nullable Long allianceId;

	private @Nullable Long liaisonOfficerId;

	private int contactEveryDays = 14;

	private int visitEveryDays = 30;

	private @Nullable LocalDate lastContactOn;

	private @Nullable LocalDate lastVisitOn;

	private LocalDate nextDueOn = LocalDate.EPOCH;

	private LocalDate createdOn = LocalDate.EPOCH;

	protected Enterprise() {
	}

	Enterprise(Long stationId, LocalDate createdOn) {
		this.stationId = stationId;
		this.createdOn = createdOn;
	}

	void apply(EnterpriseDetails d, boolean codeWarning, int contactDays, int visitDays) {
		this.kind = d.kind();
		this.name = d.name();
		this.creditCode = d.creditCode().isEmpty() ? null : d.creditCode();
		this.creditCodeWarning = codeWarning;
		this.industry = d.industry();
		this.address = d.address();
		this.businessCircleId = d.businessCircleId();
		this.buildingId = d.buildingId();
		this.floorRoom = d.floorRoom();
		this.legalRepName = d.legalRepName();
		this.legalRepIdNumber = d.legalRepIdNumber();
		this.legalRepPhone = d.legalRepPhone();
		this.keyPersonName = d.keyPersonName();
		this.keyPersonIdNumber = d.keyPersonIdNumber();
		this.keyPersonPhone = d.keyPersonPhone();
		this.leaseStart = d.leaseStart();
		this.leaseEnd = d.leaseEnd();
		this.headcount = d.headcount();
		this.taxTier = d.taxTier();
		this.movedInOn = d.movedInOn();
		this.riskLevel = d.riskLevel();
		this.allianceId = d.allianceId();
		this.contactEveryDays = contactDays;
		this.visitEveryDays = visitDays;
		recomputeDue();
	}

	void assignTo(@Nullable Long officerId) {
		this.liaisonOfficerId = officerId;
	}

	void recordContact(VisitMode mode, LocalDate on) {
		if (mode == VisitMode.VISIT) {
			this.lastVisitOn = Cadence.latest(this.lastVisitOn, on);
		}
		this.lastContactOn = Cadence.latest(this.lastContactOn, on);
		recomputeDue();
	}

	private void recomputeDue() {
		this.nextDueOn = Cadence.nextDue(this.createdOn, this.lastContactOn, this.lastVisitOn, this.contactEveryDays,
				this.visitEveryDays);
	}

	/**
	 * @return the file's fields as shown in the change history; ID numbers masked.
	 */
	Map<String, String> snapshot() {
		Map<String, String> s = new LinkedHashMap<>();
		s.put("kind", this.kind.name());
		s.put("name", this.name);
		s.put("creditCode", Objects.toString(this.creditCode, ""));
		s.put("industry", this.industry);
		s.put("address", this.address);
		s.put("businessCircleId", Objects.toString(this.businessCircleId, ""));
		s.put("buildingId", Objects.toString(this.buildingId, ""));
		s.put("floorRoom", this.floorRoom);
		s.put("legalRepName", this.legalRepName);
		s.put("legalRepIdNumber", Masking.idNumber(this.legalRepIdNumber));
		s.put("legalRepPhone", Masking.phone(this.legalRepPhone));
		s.put("keyPersonName", this.keyPersonName);
		s.put("keyPersonIdNumber", Masking.idNumber(this.keyPersonIdNumber));
		s.put("keyPersonPhone", Masking.phone(this.keyPersonPhone));
		s.put("leaseStart", Objects.toString(this.leaseStart, ""));
		s.put("leaseEnd", Objects.toString(this.leaseEnd, ""));
		s.put("headcount", String.valueOf(this.headcount));
		s.put("taxTier", this.taxTier);
		s.put("movedInOn", Objects.toString(this.movedInOn, ""));
		s.put("riskLevel", this.riskLevel.name());
		s.put("allianceId", Objects.toString(this.allianceId, ""));
		s.put("liaisonOfficerId", Objects.toString(this.liaisonOfficerId, ""));
		s.put("contactEveryDays", String.valueOf(this.contactEveryDays));
		s.put("visitEveryDays", String.valueOf(this.visitEveryDays));
		return s;
	}

	public EnterpriseDetails details() {
		return new EnterpriseDetails(this.kind, this.name, Objects.toString(this.creditCode, ""), this.industry,
				this.address, this.businessCircleId, this.buildingId, this.floorRoom, this.legalRepName,
				this.legalRepIdNumber, this.legalRepPhone, this.keyPersonName, this.keyPersonIdNumber,
				this.keyPersonPhone, this.leaseStart, this.leaseEnd, this.headcount, this.taxTier, this.movedInOn,
				this.riskLevel, this.allianceId, this.contactEveryDays, this.visitEveryDays);
	}

	public boolean isShortLease() {
		return EnterpriseDetails.isShortLease(this.leaseStart, this.leaseEnd);
	}

	public DueState dueState(LocalDate today) {
		return Cadence.state(this.nextDueOn, today);
	}

	public long daysOverdue(LocalDate today) {
		return java.time.temporal.ChronoUnit.DAYS.between(this.nextDueOn, today);
	}

	public Long getStationId() {
		return this.stationId;
	}

	public EnterpriseKind getKind() {
		return this.kind;
	}

	public String getName() {
		return this.name;
	}

	public @Nullable String getCreditCode() {
		return this.creditCode;
	}

	public boolean isCreditCodeWarning() {
		return this.creditCodeWarning;
	}

	public String getIndustry() {
		return this.industry;
	}

	public String getAddress() {
		return this.address;
	}

	public @Nullable Long getBusinessCircleId() {
		return this.businessCircleId;
	}

	public @Nullable Long getBuildingId() {
		return this.buildingId;
	}

	public String getFloorRoom() {
		return this.floorRoom;
	}

	public String getLegalRepName() {
		return this.legalRepName;
	}

	public String getLegalRepIdNumber() {
		return this.legalRepIdNumber;
	}

	public String getMaskedLegalRepIdNumber() {
		return Masking.idNumber(this.legalRepIdNumber);
	}

	public String getLegalRepPhone() {
		return this.legalRepPhone;
	}

	public String getMaskedLegalRepPhone() {
		return Masking.phone(this.legalRepPhone);
	}

	public String getKeyPersonName() {
		return this.keyPersonName;
	}

	public String getKeyPersonIdNumber() {
		return this.keyPersonIdNumber;
	}

	public String getMaskedKeyPersonIdNumber() {
		return Masking.idNumber(this.keyPersonIdNumber);
	}

	public String getKeyPersonPhone() {
		return this.keyPersonPhone;
	}

	public String getMaskedKeyPersonPhone() {
		return Masking.phone(this.keyPersonPhone);
	}

	public @Nullable LocalDate getLeaseStart() {
		return this.leaseStart;
	}

	public @Nullable LocalDate getLeaseEnd() {
		return this.leaseEnd;
	}

	public int getHeadcount() {
		return this.headcount;
	}

	public String getTaxTier() {
		return this.taxTier;
	}

	public @Nullable LocalDate getMovedInOn() {
		return this.movedInOn;
	}

	public RiskLevel getRiskLevel() {
		return this.riskLevel;
	}

	public @Nullable Long getAllianceId() {
		return this.allianceId;
	}

	public @Nullable Long getLiaisonOfficerId() {
		return this.liaisonOfficerId;
	}

	public int getContactEveryDays() {
		return this.contactEveryDays;
	}

	public int getVisitEveryDays() {
		return this.visitEveryDays;
	}

	public @Nullable LocalDate getLastContactOn() {
		return this.lastContactOn;
	}

	public @Nullable LocalDate getLastVisitOn() {
		return this.lastVisitOn;
	}

	public LocalDate getNextDueOn() {
		return this.nextDueOn;
	}

	public LocalDate getCreatedOn() {
		return this.createdOn;
	}

}
