package org.stationops.liaison;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;
import org.stationops.shared.AbstractEntity;
import org.stationops.shared.StationScoped;

/**
 * The screening of one enterprise in a campaign: which checklist features were observed,
 * the evidence, score and conclusion, the re-screen date, and whether it became a case
 * lead.
 */
@Entity
@Table(name = "screenings")
public class Screening extends AbstractEntity implements StationScoped {

	private Long stationId = 0L;

	private Long campaignId = 0L;

	private Long enterpriseId = 0L;

	private Long officerId = 0L;

	private LocalDate screenedOn = LocalDate.EPOCH;

	private String observed = "";

	private String evidence = "";

	private int score;

	@Enumerated(EnumType.STRING)
	private Conclusion conclusion = Conclusion.CLEAR;

	private @Nullable LocalDate rescreenOn;

	private @Nullable String leadRaisedBy;

	private @Nullable Instant leadRaisedAt;

	protected Screening() {
	}

	Screening(Long stationId, Long campaignId, Long enterpriseId) {
		this.stationId = stationId;
		this.campaignId = campaignId;
		this.enterpriseId = enterpriseId;
	}

	void record(Long officerId, LocalDate on, Set<String> observedCodes, String evidence, int score,
			@Nullable LocalDate rescreenOn) {
		this.officerId = officerId;
		this.screenedOn = on;
		this.observed = String.join(",", observedCodes);
		this.evidence = evidence;
		this.score = score;
		this.conclusion = ScreeningScore.conclusion(score);
		this.rescreenOn = rescreenOn;
	}

	void raiseLead(String username, Instant at) {
		this.leadRaisedBy = username;
		this.leadRaisedAt = at;
	}

	public boolean isLeadRaised() {
		return this.leadRaisedAt != null;
	}

	public Set<String> getObservedCodes() {
		Set<String> codes = new LinkedHashSet<>();
		Arrays.stream(this.observed.split(",")).filter(s -> !s.isBlank()).forEach(codes::add);
		return codes;
	}

	public Long getStationId() {
		return this.stationId;
	}

	public Long getCampaignId() {
		return this.campaignId;
	}

	public Long getEnterpriseId() {
		return this.enterpriseId;
	}

	public Long getOfficerId() {
		return this.officerId;
	}

	public LocalDate getScreenedOn() {
		return this.screenedOn;
	}

	public String getEvidence() {
		return this.evidence;
	}

	public int getScore() {
		return this.score;
	}

	public Conclusion getConclusion() {
		return this.conclusion;
	}

	public @Nullable LocalDate getRescreenOn() {
		return this.rescreenOn;
	}

	public @Nullable String getLeadRaisedBy() {
		return this.leadRaisedBy;
	}

	public @Nullable Instant getLeadRaisedAt() {
		return this.leadRaisedAt;
	}

}
